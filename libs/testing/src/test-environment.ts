/**
 * Where tests find PostgreSQL and Kafka. `npm test` starts a broker for the run and sets these;
 * a developer can point them at their own services.
 */
export const testEnvironment = {
  postgresUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',').map((broker) => broker.trim()),
};

let counter = 0;

/** A name no other test file or run uses: lower case, safe as a database, group or topic name. */
export function uniqueName(prefix: string): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}_${process.pid}_${counter}_${random}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}
