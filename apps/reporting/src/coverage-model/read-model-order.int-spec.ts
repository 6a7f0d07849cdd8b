import { randomUUID } from 'node:crypto';
import type { CloudEvent } from '@coordination/contracts';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { reportingDataSourceOptions } from '../database/reporting-data-source';
import {
  peopleInNeedPublished,
  reportApproved,
  reportCreated,
  reportDeleted,
  reportSnapshot,
  reportSubmitted,
  roundPublished,
  roundSuperseded,
  targetSet,
} from '../testing/coverage-events';
import { deliverEvents } from '../testing/deliver-events';
import { coverageChecksum } from './read-model-checksum';

/** The same events, each aggregate's in order, interleaved across aggregates as Kafka partitions may deliver them. */
function interleaved(streams: CloudEvent<unknown>[][], seed: number): CloudEvent<unknown>[] {
  const queues = streams.map((stream) => [...stream]);
  const out: CloudEvent<unknown>[] = [];
  let state = seed;
  while (queues.some((queue) => queue.length)) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const open = queues.filter((queue) => queue.length);
    out.push(open[state % open.length].shift()!);
  }
  return out;
}

describe('coverage read model checksum (real PostgreSQL)', () => {
  const databases: TestDatabase[] = [];

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('is the same whatever the order across aggregates, and with redeliveries', async () => {
    const partner = randomUUID();
    const round1 = { roundId: randomUUID(), inForceFrom: '2025-01-01' };
    const round2 = { roundId: randomUUID(), inForceFrom: '2025-06-01' };
    const streams: CloudEvent<unknown>[][] = [];
    for (let month = 1; month <= 6; month++) {
      const report = reportSnapshot({ organisationId: partner, month, quantity: 10 * month, newBeneficiaries: month });
      const stream: CloudEvent<unknown>[] = [
        reportCreated(report),
        reportSubmitted({ ...report, version: 2 }),
        reportApproved({ ...report, version: 3 }),
      ];
      if (month === 4) stream.push(reportDeleted({ ...report, version: 4 }));
      streams.push(stream);
    }
    streams.push([targetSet(partner, 'PE15', 500)]);
    streams.push([
      peopleInNeedPublished(round1, 'PE15', 1000),
      roundPublished(round1, null, 1),
      roundSuperseded(round1, round2),
    ]);
    streams.push([peopleInNeedPublished(round2, 'PE15', 800), roundPublished(round2, round1.roundId, 1)]);

    const checksums: string[] = [];
    for (const [index, events] of [streams.flat(), interleaved(streams, 7), interleaved(streams, 42)].entries()) {
      const database = await createTestDatabase(`reporting_order_${index}`, reportingDataSourceOptions);
      databases.push(database);
      // The third run also gets every event twice, as a replay after a crash would.
      await deliverEvents(database.dataSource, index === 2 ? [...events, ...events] : events);
      checksums.push(await coverageChecksum(database.dataSource));
    }
    expect(new Set(checksums).size).toBe(1);
    expect(checksums[0]).toMatch(/^[0-9a-f]{32}$/);

    // A different model has a different checksum.
    await deliverEvents(databases[0].dataSource, [targetSet(partner, 'PE15', 600)]);
    expect(await coverageChecksum(databases[0].dataSource)).not.toBe(checksums[0]);
  });
});
