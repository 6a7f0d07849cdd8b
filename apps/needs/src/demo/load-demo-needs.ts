import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { loadServiceConfig } from '@coordination/config';
import { waitForOutboxToDrain } from '@coordination/messaging';
import { JsonLogger } from '@coordination/observability';
import { NeedsModule } from '../needs.module';
import { NeedsRoundEntity } from '../rounds/needs-round.entity';
import { PublishNeedsRoundUseCase } from '../rounds/publish-round/publish-needs-round.use-case';
import { DEMO_ROUND_ID, demoRound2022 } from './demo-round-2022';

/** Who the demo round is attributed to. */
const DEMO_LOADER: Viewer = { userId: 'demo-data-loader', organisationId: null, roles: ['PLATFORM_ADMIN'], grants: [] };

/**
 * `node dist/apps/needs/src/demo/load-demo-needs.js`: publishes the 2022 people-in-need round of the demo
 * through the use case (so its events reach Kafka), waits until the outbox has published them, and exits.
 * Loading twice adds nothing.
 */
async function main(): Promise<void> {
  const config = loadServiceConfig('needs');
  const logger = new Logger('DemoNeeds');
  const app = await NestFactory.create(NeedsModule.forConfig(config), {
    logger: new JsonLogger('needs-demo-data', config.logLevel),
  });
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    if (await dataSource.manager.existsBy(NeedsRoundEntity, { id: DEMO_ROUND_ID })) {
      logger.log('demo needs round already loaded');
    } else {
      const round = await app.get(PublishNeedsRoundUseCase).execute(demoRound2022(), DEMO_LOADER, 'demo-needs-2022');
      logger.log(
        `demo needs round added: ${round.peopleInNeedCellCount} people-in-need cells, ${round.severityCount} severity figures`,
      );
    }
    await waitForOutboxToDrain(dataSource);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[demo-needs] failed: ${String(error)}\n`);
  process.exitCode = 1;
});
