import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { ServiceChangedV1, ServicePublishedV1, createCloudEvent } from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import { insertReplicatedOrganisations } from '../testing/replicas';
import { findReceivers } from './receivers.query';
import { receiversFilterSchema } from './receivers-filter.input';
import { ServiceEventsConsumer } from './service-events.consumer';
import { ServiceReplicaEntity } from './service-replica.entity';

const SOURCE = '/coordination/directory';
const ORGANISATION = randomUUID();

function summary(id: string, overrides: Record<string, unknown> = {}) {
  return {
    serviceId: id,
    organisationId: ORGANISATION,
    name: 'Atención psicosocial a sobrevivientes',
    status: 'active' as const,
    sectors: [
      { sector: 'PRO', subSector: 'GBV' },
      { sector: 'HEA', subSector: null },
    ],
    locationPcodes: ['PE150101', 'PE2401'],
    languages: ['es'],
    populationGroups: ['IN_DESTINATION'],
    ...overrides,
  };
}

describe('the service replica (real PostgreSQL)', () => {
  let database: TestDatabase;
  const consumer = new ServiceEventsConsumer();

  beforeAll(async () => {
    database = await createTestDatabase('referrals_service_replica', referralsDataSourceOptions);
    await insertReplicatedOrganisations(database.dataSource, [{ id: ORGANISATION, name: 'CHS Alternativo' }]);
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function deliver(apply: (context: InboxEventContext) => Promise<void>): Promise<void> {
    await database.dataSource.transaction(async (manager) => {
      const delivery = { topic: 'directory.service', partition: 0, message: {} as KafkaMessage };
      await apply(new InboxEventContext(delivery as never, manager));
    });
  }

  const published = (id: string, time: string, overrides: Record<string, unknown> = {}) =>
    createCloudEvent(ServicePublishedV1, {
      subject: id,
      source: SOURCE,
      time,
      data: { ...summary(id, overrides), publishedAt: time },
    });
  const changed = (id: string, time: string, overrides: Record<string, unknown> = {}) =>
    createCloudEvent(ServiceChangedV1, {
      subject: id,
      source: SOURCE,
      time,
      data: { ...summary(id, overrides), changedAt: time },
    });

  it('copies a published service with its sector and sub-sector codes, then follows its changes', async () => {
    const id = randomUUID();
    await deliver((context) => consumer.onPublished(published(id, '2026-01-01T10:00:00Z'), context));
    await deliver((context) =>
      consumer.onChanged(changed(id, '2026-02-01T10:00:00Z', { status: 'temporarily closed' }), context),
    );
    expect(await database.dataSource.manager.findOneBy(ServiceReplicaEntity, { id })).toMatchObject({
      organisationId: ORGANISATION,
      status: 'temporarily closed',
      sectorCodes: ['PRO', 'PRO/GBV', 'HEA'],
      locationPcodes: ['PE150101', 'PE2401'],
      populationGroups: ['IN_DESTINATION'],
    });
  });

  it('ignores an older change arriving after a newer one, and a replay', async () => {
    const id = randomUUID();
    const newer = changed(id, '2026-03-01T10:00:00Z', { name: 'Nombre nuevo' });
    await deliver((context) => consumer.onChanged(newer, context));
    await deliver((context) => consumer.onPublished(published(id, '2026-01-01T10:00:00Z'), context));
    await deliver((context) => consumer.onChanged(newer, context));
    const rows = await database.dataSource.manager.findBy(ServiceReplicaEntity, { id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: 'Nombre nuevo', sourceEventId: newer.id });
  });

  it('reads a service published before population groups were in the event as serving none in particular', async () => {
    const id = randomUUID();
    const { populationGroups: _absent, ...older } = summary(id);
    const event = createCloudEvent(ServicePublishedV1, {
      subject: id,
      source: SOURCE,
      data: { ...older, publishedAt: '2026-01-01T10:00:00Z' },
    });
    await deliver((context) => consumer.onPublished(event, context));
    expect((await database.dataSource.manager.findOneBy(ServiceReplicaEntity, { id }))?.populationGroups).toEqual([]);
  });

  it('finds receivers for a need by sub-sector, place (either containing the other), population, language and status', async () => {
    const lima = randomUUID();
    const tumbes = randomUUID();
    const closed = randomUUID();
    await deliver((context) =>
      consumer.onPublished(
        published(lima, '2026-01-01T10:00:00Z', { name: 'A Lima GBV', locationPcodes: ['PE150101'] }),
        context,
      ),
    );
    await deliver((context) =>
      consumer.onPublished(
        published(tumbes, '2026-01-01T10:00:00Z', {
          name: 'B Tumbes GBV',
          locationPcodes: ['PE24'],
          languages: ['es', 'en'],
          populationGroups: ['IN_TRANSIT'],
        }),
        context,
      ),
    );
    await deliver((context) =>
      consumer.onPublished(
        published(closed, '2026-01-01T10:00:00Z', { name: 'C closed', status: 'inactive', locationPcodes: ['PE15'] }),
        context,
      ),
    );
    const names = async (filter: Record<string, unknown>) =>
      (await findReceivers(database.dataSource, receiversFilterSchema.parse(filter), 50, null)).nodes
        .map((node) => node.serviceName)
        .filter((name) => ['A Lima GBV', 'B Tumbes GBV', 'C closed'].includes(name));
    expect(await names({ sector: 'PRO', subSector: 'GBV', pcode: 'PE15' })).toEqual(['A Lima GBV']);
    expect(await names({ sector: 'PRO', subSector: 'GBV', pcode: 'PE240101' })).toEqual(['B Tumbes GBV']);
    expect(await names({ sector: 'PRO', populationGroup: 'IN_TRANSIT' })).toEqual(['B Tumbes GBV']);
    expect(await names({ sector: 'PRO', language: 'en' })).toEqual(['B Tumbes GBV']);
    expect(await names({ sector: 'PRO', pcode: 'PE15', status: 'inactive' })).toEqual(['C closed']);
    expect(await names({ sector: 'EDU' })).toEqual([]);
    const page = await findReceivers(database.dataSource, receiversFilterSchema.parse({ sector: 'PRO' }), 1, null);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await findReceivers(
      database.dataSource,
      receiversFilterSchema.parse({ sector: 'PRO' }),
      1,
      page.pageInfo.endCursor,
    );
    expect(next.nodes[0].serviceId).not.toBe(page.nodes[0].serviceId);
    expect(page.nodes[0].organisationName).toBe('CHS Alternativo');
  });
});
