#!/usr/bin/env bash
# Creates each service's database and its test twin (coord_<service>, coord_<service>_test) on the
# server named by DATABASE_SERVER_URL, and applies each service's migrations. Needs a build (dist/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/node-env.sh"
cd "$ROOT_DIR"
server="${DATABASE_SERVER_URL:-postgres://postgres@127.0.0.1:5432}"
for service in directory activities needs referrals reporting; do
  for database in "coord_${service}" "coord_${service}_test"; do
    DATABASE_URL="${server%/}/${database}" node "dist/apps/${service}/src/migrate.js"
  done
done
