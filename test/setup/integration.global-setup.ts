import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { allTopicDefinitions } from '@coordination/contracts';
import { provisionTopics } from '@coordination/messaging';
import { testEnvironment, testKafkaClient } from '@coordination/testing';

/**
 * Fails fast with a clear message when the run's services are missing, creates the topics once, and
 * gives the run a master key for the referrals vault (test workers inherit the environment).
 */
export default async function integrationGlobalSetup(): Promise<void> {
  process.env.REFERRALS_MASTER_KEYS ??= `integration-1:${randomBytes(32).toString('base64')}`;
  const client = new Client({ connectionString: testEnvironment.postgresUrl });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${testEnvironment.postgresUrl}: ${String(error)}. Run the tests with \`npm test\`.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  try {
    await provisionTopics(testKafkaClient('test-setup'), allTopicDefinitions());
  } catch (error) {
    throw new Error(
      `Kafka is not reachable at ${testEnvironment.kafkaBrokers.join(',')}: ${String(error)}. Run the tests with \`npm test\`.`,
    );
  }
}
