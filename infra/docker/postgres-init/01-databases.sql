-- Runs once, when the postgres container initialises an empty data volume
-- (docker-entrypoint-initdb.d). One database per service that owns data; the gateway has none.
-- The migrate service (prepare-databases) also creates missing databases, so this is a head start,
-- not the only way they come to exist.
CREATE DATABASE coord_directory;
CREATE DATABASE coord_activities;
CREATE DATABASE coord_needs;
CREATE DATABASE coord_referrals;
CREATE DATABASE coord_reporting;
