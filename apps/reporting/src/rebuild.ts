import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { loadServiceConfig } from '@coordination/config';
import { prepareServiceDatabase } from '@coordination/database';
import { KAFKA_CLIENT, KafkaInboxServer, nestMessagingLogger } from '@coordination/messaging';
import { JsonLogger } from '@coordination/observability';
import { coverageChecksum } from './coverage-model/read-model-checksum';
import { reportingDataSourceOptions } from './database/reporting-data-source';
import { ReportingModule } from './reporting.module';
import { REPORTING_SOURCE_TOPICS } from './source-topics';

const READ_MODEL_TABLES = [
  'coverage_report_fact',
  'coverage_target_fact',
  'coverage_needs_round',
  'coverage_pin_figure',
  'organisation_replica',
];

function say(line: string): void {
  process.stdout.write(`[rebuild] ${line}\n`);
}

/** Offsets still to consume before the group has read everything that was in the topics at the start. */
async function remaining(kafka: Kafka, groupId: string, targets: Map<string, number>): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId, topics: REPORTING_SOURCE_TOPICS });
    let left = 0;
    for (const topic of committed) {
      for (const partition of topic.partitions) {
        const target = targets.get(`${topic.topic}:${partition.partition}`) ?? 0;
        const at = Number(partition.offset) < 0 ? 0 : Number(partition.offset);
        left += Math.max(target - at, 0);
      }
    }
    return left;
  } finally {
    await admin.disconnect();
  }
}

/**
 * `node dist/apps/reporting/src/rebuild.js`: empties the read models and replays the source topics from the
 * beginning with a fresh consumer group, through the same inbox handlers as the live service, until it has
 * read everything the topics held when it started; then prints the model's checksum. Gap evaluation is off
 * during the replay. Stop the live service first, or let it run: its own group's inbox skips what it saw.
 */
async function rebuild(): Promise<void> {
  process.env.REPORTING_GAP_EVALUATION_INTERVAL_MS = '0';
  // Replayed history is not news: live screens are not told about every event of the past.
  process.env.REPORTING_COVERAGE_NOTICES = 'false';
  const config = loadServiceConfig('reporting');
  await prepareServiceDatabase(reportingDataSourceOptions(config.databaseUrl));
  const app = await NestFactory.create(ReportingModule.forConfig(config), {
    logger: new JsonLogger('reporting-rebuild', 'warn'),
  });
  const dataSource = app.get(DataSource);
  const kafka = app.get<Kafka>(KAFKA_CLIENT);
  await dataSource.query(`TRUNCATE ${READ_MODEL_TABLES.join(', ')}`);
  say(`emptied ${READ_MODEL_TABLES.join(', ')}`);

  const admin = kafka.admin();
  await admin.connect();
  const targets = new Map<string, number>();
  for (const topic of REPORTING_SOURCE_TOPICS) {
    for (const partition of await admin.fetchTopicOffsets(topic)) {
      targets.set(`${topic}:${partition.partition}`, Number(partition.high));
    }
  }
  await admin.disconnect();
  const total = [...targets.values()].reduce((sum, offset) => sum + offset, 0);
  const groupId = `reporting-rebuild-${Date.now()}`;
  say(`replaying ${total} events of ${REPORTING_SOURCE_TOPICS.join(', ')} with consumer group ${groupId}`);

  const started = Date.now();
  const inbox = new KafkaInboxServer({
    kafka,
    dataSource,
    groupId,
    topics: REPORTING_SOURCE_TOPICS,
    logger: nestMessagingLogger('RebuildInbox'),
  });
  app.connectMicroservice({ strategy: inbox }, { inheritAppConfig: true });
  await app.init();
  await app.startAllMicroservices();
  for (;;) {
    const left = await remaining(kafka, groupId, targets);
    const seconds = (Date.now() - started) / 1000;
    say(`${total - left}/${total} events (${Math.round((total - left) / Math.max(seconds, 0.001))} events/s)`);
    if (left === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const seconds = (Date.now() - started) / 1000;
  say(`done in ${seconds.toFixed(1)} s; checksum ${await coverageChecksum(dataSource)}`);
  await app.close();
}

rebuild().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`[rebuild] failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
