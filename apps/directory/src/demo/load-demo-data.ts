import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { loadServiceConfig } from '@coordination/config';
import { waitForOutboxToDrain } from '@coordination/messaging';
import { JsonLogger } from '@coordination/observability';
import { DirectoryModule } from '../directory.module';
import { DEFAULT_DEMO_PASSWORD } from '../identity/demo/demo-users';
import { seedDemoUsers } from '../identity/demo/seed-demo-users';
import { seedDemoOrganisations } from '../organisations/demo/seed-demo-organisations';
import { seedDemoServices } from '../service-directory/demo/demo-services';

/** Who the demo data is attributed to in `registered_by` columns and events. */
const DEMO_LOADER: Viewer = { userId: 'demo-data-loader', organisationId: null, roles: ['PLATFORM_ADMIN'], grants: [] };

/**
 * `node dist/apps/directory/src/demo/load-demo-data.js`: loads a realistic working group into the
 * directory through its use cases (so events reach every service), waits until the outbox has
 * published them, and exits. Loading twice adds nothing.
 */
async function main(): Promise<void> {
  const config = loadServiceConfig('directory');
  const logger = new Logger('DemoData');
  const app = await NestFactory.create(DirectoryModule.forConfig(config), {
    logger: new JsonLogger('directory-demo-data', config.logLevel),
  });
  await app.init();
  try {
    const organisations = await seedDemoOrganisations(app, DEMO_LOADER);
    const users = await seedDemoUsers(app, DEMO_LOADER, process.env.DEMO_USER_PASSWORD ?? DEFAULT_DEMO_PASSWORD);
    const services = await seedDemoServices(app, DEMO_LOADER);
    logger.log(`demo data added: ${organisations} organisations, ${users} users, ${services} services`);
    await waitForOutboxToDrain(app.get(DataSource));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[demo-data] failed: ${String(error)}\n`);
  process.exitCode = 1;
});
