import { createCloudEvent } from '../producing/create-cloud-event';
import { EVENT_CONTRACTS } from '../registry/event-contracts';
import { TopicNames } from '../topics/topic-names';
import { TOPICS } from '../topics/topics';
import { validateCloudEventForTopic } from '../validation/validate-cloud-event-for-topic';
import { PeriodLockedV1 } from './period-locked.v1.event';
import { PeriodReopenedV1 } from './period-reopened.v1.event';
import { ReportApprovedV1 } from './report-approved.v1.event';
import { ReportCreatedV1 } from './report-created.v1.event';
import { ReportDeletedV1 } from './report-deleted.v1.event';
import { ReportReturnedV1 } from './report-returned.v1.event';
import { ReportSubmittedV1 } from './report-submitted.v1.event';
import { ReportUpdatedV1 } from './report-updated.v1.event';
import { TargetSetV1 } from './target-set.v1.event';

const AT = '2025-04-02T15:00:00.000Z';

function snapshot(): Record<string, unknown> {
  return {
    reportId: '01JQ8Z6W3V2M4N5P6Q7R8S9T0V',
    version: 1,
    status: 'DRAFT',
    reportingOrganisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
    implementingOrganisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
    fundingOrganisationId: null,
    projectCode: 'PE-2025-GBV-01',
    sector: 'PRO',
    subSector: 'GBV',
    indicatorCode: 'PRO-GBV-01',
    unit: 'PEOPLE',
    countsPeople: true,
    aggregation: 'UNIQUE_CUMULATIVE',
    planYear: 2025,
    month: '2025-03',
    pcode: 'PE150132',
    placeLevel: 'district',
    departmentPcode: 'PE15',
    provincePcode: 'PE1501',
    districtPcode: 'PE150132',
    siteName: 'Centro comunitario Zárate',
    populationGroup: 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: 40,
    cells: { girls: 5, boys: 0, women: 33, men: 0, unknown: 2 },
    newBeneficiaries: 12,
    disability: null,
    nationality: { ven: 36, col: 2, per: 0, other: 0, unknown: 2 },
    warningCodes: [],
  };
}

const reportEvents = [
  [ReportCreatedV1, { createdAt: AT }],
  [ReportUpdatedV1, { updatedAt: AT, changedFields: ['quantity', 'cells'] }],
  [ReportSubmittedV1, { submittedAt: AT }],
  [ReportApprovedV1, { approvedAt: AT }],
  [ReportReturnedV1, { returnedAt: AT }],
  [ReportDeletedV1, { deletedAt: AT }],
] as const;

function envelope(type: string, subject: string, data: Record<string, unknown>) {
  return {
    specversion: '1.0',
    id: '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
    source: '/coordination/activities',
    type,
    subject,
    time: AT,
    datacontenttype: 'application/json',
    data,
  };
}

describe('activities event contracts', () => {
  it('registers every activities event on an activities topic', () => {
    const activities = EVENT_CONTRACTS.filter((contract) => contract.type.startsWith('org.coordination.activities.'));
    expect(activities.map((contract) => contract.type).sort()).toEqual([
      'org.coordination.activities.import.completed.v1',
      'org.coordination.activities.import.failed.v1',
      'org.coordination.activities.import.progressed.v1',
      'org.coordination.activities.import.started.v1',
      'org.coordination.activities.period.locked.v1',
      'org.coordination.activities.period.reopened.v1',
      'org.coordination.activities.report.approved.v1',
      'org.coordination.activities.report.created.v1',
      'org.coordination.activities.report.deleted.v1',
      'org.coordination.activities.report.returned.v1',
      'org.coordination.activities.report.submitted.v1',
      'org.coordination.activities.report.updated.v1',
      'org.coordination.activities.target.set.v1',
    ]);
    const producedBy = new Map(TOPICS.map((topic) => [topic.name, topic.producer]));
    expect(activities.every((contract) => producedBy.get(contract.topic) === 'activities')).toBe(true);
    expect(TOPICS.find((topic) => topic.name === TopicNames.activitiesReport)?.partitions).toBe(6);
  });

  it.each(reportEvents)('accepts a whole report in %s', (contract, extra) => {
    const data = { ...snapshot(), ...extra };
    const result = validateCloudEventForTopic(envelope(contract.type, 'x', data), TopicNames.activitiesReport);
    expect(result.ok && result.event.data).toEqual(data);
  });

  it('accepts a UUID report id and a report of another unit without people cells', () => {
    const data = {
      ...snapshot(),
      reportId: '5b0d7a52-3f0e-4d55-8f3b-0c1f0c6f2a11',
      unit: 'ITEMS',
      countsPeople: false,
      cells: null,
      newBeneficiaries: null,
      nationality: null,
      placeLevel: 'department',
      pcode: 'PE15',
      provincePcode: null,
      districtPcode: null,
      createdAt: AT,
    };
    expect(validateCloudEventForTopic(envelope(ReportCreatedV1.type, 'x', data), 'activities.report').ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['reportId', 'report-1'],
    ['status', 'DELETED'],
    ['month', '2025-13'],
    ['pcode', '150132'],
    ['quantity', -1],
    ['aggregation', 'MEDIAN'],
    ['cells', { girls: 1, boys: 1, women: 1, men: 1 }],
  ])('rejects %s = %j', (field, value) => {
    const data = { ...snapshot(), createdAt: AT, [field]: value };
    const result = validateCloudEventForTopic(envelope(ReportCreatedV1.type, 'x', data), 'activities.report');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('EVENT.DATA_INVALID');
  });

  it('refuses a report event on the target topic', () => {
    const data = { ...snapshot(), createdAt: AT };
    const result = validateCloudEventForTopic(envelope(ReportCreatedV1.type, 'x', data), 'activities.target');
    expect(!result.ok && result.error.code).toBe('EVENT.WRONG_TOPIC');
  });

  it('builds target and period events', () => {
    const target = createCloudEvent(TargetSetV1, {
      subject: '5b0d7a52-3f0e-4d55-8f3b-0c1f0c6f2a11',
      source: '/coordination/activities',
      data: {
        targetId: '5b0d7a52-3f0e-4d55-8f3b-0c1f0c6f2a11',
        organisationId: '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d',
        indicatorCode: 'HEA-01',
        sector: 'HEA',
        subSector: null,
        unit: 'PEOPLE',
        aggregation: 'UNIQUE_CUMULATIVE',
        planYear: 2025,
        pcode: 'PE24',
        placeLevel: 'department',
        departmentPcode: 'PE24',
        provincePcode: null,
        districtPcode: null,
        quantity: 5000,
        previousQuantity: null,
        version: 1,
        setAt: AT,
      },
    });
    expect(target.type).toBe('org.coordination.activities.target.set.v1');
    const locked = createCloudEvent(PeriodLockedV1, {
      subject: '2025-03',
      source: '/coordination/activities',
      data: { month: '2025-03', lockedAt: AT, lockedBy: 'admin-1', reason: null },
    });
    expect(locked.data.month).toBe('2025-03');
    expect(() =>
      createCloudEvent(PeriodReopenedV1, {
        subject: '2025-03',
        source: '/coordination/activities',
        data: { month: '2025-03', reopenedAt: AT, reopenedBy: 'admin-1', reason: '' },
      }),
    ).toThrow();
  });
});
