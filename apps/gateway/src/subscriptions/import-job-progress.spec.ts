import { randomUUID } from 'node:crypto';
import type { Viewer } from '@coordination/auth';
import {
  ImportCompletedV1,
  ImportProgressedV1,
  ImportStartedV1,
  OrganisationRegisteredV1,
  type CloudEvent,
} from '@coordination/contracts';
import { assertMayFollowImports, followImportJob, importProgressFor } from './import-job-progress';
import { LiveFeed } from './live-feed';

const CARITAS = randomUUID();
const HIAS = randomUUID();
const JOB = randomUUID();

function importEvent(type: string, overrides: Record<string, unknown> = {}, jobId = JOB): CloudEvent {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/coordination/activities',
    type,
    subject: jobId,
    time: '2025-04-02T10:00:00.000Z',
    datacontenttype: 'application/json',
    actororg: CARITAS,
    data: {
      jobId,
      organisationId: CARITAS,
      status: 'VALIDATING',
      dryRun: false,
      rowsTotal: 10,
      rowsProcessed: 5,
      errorCount: 0,
      warningCount: 1,
      ...overrides,
    },
  } as CloudEvent;
}

const viewer = (organisationId: string | null, role: Viewer['roles'][number] = 'PARTNER_REPORTER'): Viewer => ({
  userId: randomUUID(),
  organisationId,
  roles: [role],
  grants: [{ role, sector: null, region: null }],
});

describe('importJobProgress', () => {
  it('shows a job’s steps to its organisation and to platform admins only', () => {
    const event = importEvent(ImportProgressedV1.type);
    expect(importProgressFor(event, JOB, viewer(CARITAS))).toMatchObject({
      jobId: JOB,
      milestone: 'PROGRESSED',
      rowsProcessed: 5,
      warningCount: 1,
    });
    expect(importProgressFor(event, JOB, viewer(HIAS))).toBeUndefined();
    expect(importProgressFor(event, JOB, viewer(null, 'SECTOR_COORDINATOR'))).toBeUndefined();
    expect(importProgressFor(event, JOB, viewer(null, 'PLATFORM_ADMIN'))).toMatchObject({ milestone: 'PROGRESSED' });
  });

  it('ignores other jobs and other event types', () => {
    expect(
      importProgressFor(importEvent(ImportStartedV1.type, {}, randomUUID()), JOB, viewer(CARITAS)),
    ).toBeUndefined();
    const registered = { ...importEvent(ImportStartedV1.type), type: OrganisationRegisteredV1.type };
    expect(importProgressFor(registered, JOB, viewer(CARITAS))).toBeUndefined();
  });

  it('refuses anonymous connections and integrators', () => {
    expect(() => assertMayFollowImports(null)).toThrow(/authenticated/);
    expect(() => assertMayFollowImports({ ...viewer(CARITAS, 'INTEGRATOR'), agreementId: randomUUID() })).toThrow(
      /platformEvents/,
    );
    expect(() => assertMayFollowImports(viewer(CARITAS))).not.toThrow();
  });

  it('follows a job to its completion and then ends, leaving the feed', async () => {
    const feed = new LiveFeed<CloudEvent>();
    const steps = followImportJob(feed.subscribe(), JOB, viewer(CARITAS));
    const received: string[] = [];
    const reading = (async () => {
      for await (const step of steps) received.push(`${step.milestone}:${step.status}`);
    })();
    feed.publish(importEvent(ImportStartedV1.type));
    feed.publish(importEvent(ImportProgressedV1.type, {}, randomUUID()));
    feed.publish(importEvent(ImportProgressedV1.type, { status: 'COMMITTING' }));
    feed.publish(importEvent(ImportCompletedV1.type, { status: 'COMPLETED', reportsCreated: 10 }));
    await reading;
    expect(received).toEqual(['STARTED:VALIDATING', 'PROGRESSED:COMMITTING', 'COMPLETED:COMPLETED']);
    expect(feed.subscriberCount).toBe(0);
  });
});
