import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import {
  OrganisationMergedV1,
  OrganisationRegisteredV1,
  OrganisationUpdatedV1,
  createCloudEvent,
  type CloudEvent,
  type EventData,
} from '@coordination/contracts';
import { buildDataSourceOptions } from '@coordination/database';
import { InboxEventContext } from '@coordination/messaging';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { OrganisationEventsConsumer } from './organisation-events.consumer';
import { OrganisationReplicaEntity } from './organisation-replica.entity';
import { ORGANISATION_REPLICA_PERSISTENCE } from './organisation-replica.persistence';

const SOURCE = '/coordination/directory';

function replicaDataSourceOptions(url: string) {
  return {
    ...buildDataSourceOptions({ url, applicationName: 'directory-replica-test', ...ORGANISATION_REPLICA_PERSISTENCE }),
    url,
  };
}

function registered(id: string, name: string, time: string): CloudEvent<EventData<typeof OrganisationRegisteredV1>> {
  return createCloudEvent(OrganisationRegisteredV1, {
    subject: id,
    source: SOURCE,
    time,
    data: { organisationId: id, name, acronym: null, type: 'NNGO', registeredAt: time },
  });
}

function updated(
  id: string,
  name: string,
  time: string,
  aliases: string[] = [],
): CloudEvent<EventData<typeof OrganisationUpdatedV1>> {
  return createCloudEvent(OrganisationUpdatedV1, {
    subject: id,
    source: SOURCE,
    time,
    data: { organisationId: id, name, acronym: 'ACR', type: 'INGO', updatedAt: time, aliases, regionPcodes: ['PE15'] },
  });
}

function merged(id: string, survivorId: string, time: string): CloudEvent<EventData<typeof OrganisationMergedV1>> {
  return createCloudEvent(OrganisationMergedV1, {
    subject: id,
    source: SOURCE,
    time,
    data: { mergedOrganisationId: id, survivingOrganisationId: survivorId, mergedAt: time },
  });
}

describe('OrganisationEventsConsumer (real PostgreSQL)', () => {
  let database: TestDatabase;
  const consumer = new OrganisationEventsConsumer();

  beforeAll(async () => {
    database = await createTestDatabase('directory_replica', replicaDataSourceOptions);
  });

  afterAll(async () => {
    await database?.drop();
  });

  /** What the inbox gives a handler: the transaction's manager (the delivery is not read here). */
  async function deliver(apply: (context: InboxEventContext) => Promise<void>): Promise<void> {
    await database.dataSource.transaction(async (manager) => {
      const delivery = { topic: 'directory.organisation', partition: 0, message: {} as KafkaMessage };
      await apply(new InboxEventContext(delivery as never, manager));
    });
  }

  function replicaOf(id: string): Promise<OrganisationReplicaEntity | null> {
    return database.dataSource.manager.findOneBy(OrganisationReplicaEntity, { id });
  }

  it('copies a registration and follows later updates of the profile', async () => {
    const id = randomUUID();
    await deliver((context) =>
      consumer.onRegistered(registered(id, 'Acción Solidaria', '2026-01-01T10:00:00Z'), context),
    );
    await deliver((context) =>
      consumer.onUpdated(updated(id, 'Acción Solidaria Perú', '2026-02-01T10:00:00Z', ['ASP']), context),
    );

    const replica = await replicaOf(id);
    expect(replica).toMatchObject({
      name: 'Acción Solidaria Perú',
      acronym: 'ACR',
      type: 'INGO',
      aliases: ['ASP'],
      regionPcodes: ['PE15'],
      status: 'ACTIVE',
    });
    expect(replica?.registeredAt.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('ignores an older event that arrives after a newer one', async () => {
    const id = randomUUID();
    await deliver((context) => consumer.onUpdated(updated(id, 'Newer name', '2026-03-01T10:00:00Z'), context));
    await deliver((context) => consumer.onRegistered(registered(id, 'Older name', '2026-01-01T10:00:00Z'), context));

    expect((await replicaOf(id))?.name).toBe('Newer name');
  });

  it('marks a merged organisation and keeps it merged when an older update arrives late', async () => {
    const duplicate = randomUUID();
    const survivor = randomUUID();
    await deliver((context) =>
      consumer.onRegistered(registered(duplicate, 'Duplicate', '2026-01-01T10:00:00Z'), context),
    );
    await deliver((context) => consumer.onMerged(merged(duplicate, survivor, '2026-04-01T10:00:00Z'), context));
    await deliver((context) => consumer.onUpdated(updated(duplicate, 'Late rename', '2026-02-01T10:00:00Z'), context));

    expect(await replicaOf(duplicate)).toMatchObject({ status: 'MERGED', mergedIntoId: survivor, name: 'Duplicate' });
  });

  it('applies the same event twice without changing the result', async () => {
    const id = randomUUID();
    const event = updated(id, 'Once', '2026-05-01T10:00:00Z');
    await deliver((context) => consumer.onUpdated(event, context));
    await deliver((context) => consumer.onUpdated(event, context));

    const rows = await database.dataSource.manager.findBy(OrganisationReplicaEntity, { id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Once', sourceEventId: event.id });
  });
});
