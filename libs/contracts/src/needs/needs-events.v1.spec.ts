import { EVENT_CONTRACTS } from '../registry/event-contracts';
import { TopicNames } from '../topics/topic-names';
import { TOPICS } from '../topics/topics';
import { validateCloudEventForTopic } from '../validation/validate-cloud-event-for-topic';
import { AssessmentRegisteredV1 } from './assessment-events.v1';
import { AssessmentRecordReceivedV1 } from './assessment-record-events.v1';
import { NeedsRoundSupersededV1, PeopleInNeedPublishedV1, SeverityPublishedV1 } from './round-events.v1';

const AT = '2025-04-02T15:00:00.000Z';
const ROUND = '3f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f';

function envelope(type: string, subject: string, data: Record<string, unknown>) {
  return {
    specversion: '1.0',
    id: '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
    source: '/coordination/needs',
    type,
    subject,
    time: AT,
    datacontenttype: 'application/json',
    data,
  };
}

const roundFields = { roundId: ROUND, analysisCode: 'GTRM-JNA', planYear: 2022, inForceFrom: '2022-01-01' };

function pinCell(overrides: Record<string, unknown> = {}) {
  return {
    ...roundFields,
    cellId: '9a1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
    sector: 'FSC',
    pcode: 'PE1501',
    placeLevel: 'province',
    departmentPcode: 'PE15',
    provincePcode: 'PE1501',
    populationGroup: 'IN_DESTINATION',
    peopleInNeed: 100,
    cells: { girls: 20, boys: 20, women: 30, men: 28, unknown: 2 },
    affectedPopulation: null,
    baselinePopulation: 150,
    publishedAt: AT,
    ...overrides,
  };
}

describe('needs event contracts', () => {
  it('registers every needs event on a needs topic', () => {
    const needs = EVENT_CONTRACTS.filter((contract) => contract.type.startsWith('org.coordination.needs.'));
    expect(needs.map((contract) => contract.type).sort()).toEqual([
      'org.coordination.needs.assessment.published.v1',
      'org.coordination.needs.assessment.record-received.v1',
      'org.coordination.needs.assessment.record-updated.v1',
      'org.coordination.needs.assessment.registered.v1',
      'org.coordination.needs.assessment.superseded.v1',
      'org.coordination.needs.assessment.updated.v1',
      'org.coordination.needs.pin.published.v1',
      'org.coordination.needs.round.published.v1',
      'org.coordination.needs.round.superseded.v1',
      'org.coordination.needs.severity.published.v1',
    ]);
    const producedBy = new Map(TOPICS.map((topic) => [topic.name, topic.producer]));
    expect(needs.every((contract) => producedBy.get(contract.topic) === 'needs')).toBe(true);
  });

  it('accepts a complete people-in-need cell on needs.pin', () => {
    const result = validateCloudEventForTopic(
      envelope(PeopleInNeedPublishedV1.type, ROUND, pinCell()),
      TopicNames.needsPin,
    );
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a negative figure', { peopleInNeed: -1 }],
    ['a district', { pcode: 'PE150101', placeLevel: 'district' }],
    ['a missing cell', { cells: { girls: 1, boys: 1, women: 1, men: 1 } }],
    ['a lower-case sector', { sector: 'fsc' }],
  ])('refuses a cell with %s', (_case, overrides) => {
    const result = validateCloudEventForTopic(
      envelope(PeopleInNeedPublishedV1.type, ROUND, pinCell(overrides)),
      TopicNames.needsPin,
    );
    expect(result.ok || result.error.code).toBe('EVENT.DATA_INVALID');
  });

  it('keeps severity phases between 1 and 5', () => {
    const severity = (phase: number) =>
      envelope(SeverityPublishedV1.type, ROUND, {
        ...roundFields,
        pcode: 'PE24',
        placeLevel: 'department',
        departmentPcode: 'PE24',
        provincePcode: null,
        populationGroup: 'IN_TRANSIT',
        phase,
        publishedAt: AT,
      });
    expect(validateCloudEventForTopic(severity(5), TopicNames.needsPin).ok).toBe(true);
    expect(validateCloudEventForTopic(severity(6), TopicNames.needsPin).ok).toBe(false);
    expect(validateCloudEventForTopic(severity(0), TopicNames.needsPin).ok).toBe(false);
  });

  it('names the newer round in a supersession', () => {
    const data = {
      ...roundFields,
      assessmentId: null,
      supersededByRoundId: '4f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
      supersededFrom: '2023-01-01',
      supersededAt: AT,
    };
    expect(validateCloudEventForTopic(envelope(NeedsRoundSupersededV1.type, ROUND, data), TopicNames.needsPin).ok).toBe(
      true,
    );
    const { supersededByRoundId: _dropped, ...withoutNewer } = data;
    expect(
      validateCloudEventForTopic(envelope(NeedsRoundSupersededV1.type, ROUND, withoutNewer), TopicNames.needsPin).ok,
    ).toBe(false);
  });

  it('refuses an assessment event on the rounds topic', () => {
    const result = validateCloudEventForTopic(envelope(AssessmentRegisteredV1.type, ROUND, {}), TopicNames.needsPin);
    expect(result.ok).toBe(false);
  });
});

describe('assessment record contracts', () => {
  it('refuse any field the contract does not name, so unmapped answers cannot ride along', () => {
    const base = {
      recordId: '7d1c6f1e-8f43-4a39-9d27-5d0b5f5d9a11',
      assessmentId: '2b3a8e44-2f6c-4b1e-9a31-0d6b8f0b6c21',
      formMappingId: '9c5e2f71-3d4a-4c55-8f0e-6a7b8c9d0e1f',
      revision: 1,
      pcode: 'PE150135',
      populationGroup: 'IN_DESTINATION',
      collectedOn: '2026-03-12',
      values: { householdSize: 4 },
      receivedAt: '2026-03-12T15:00:00Z',
    };
    expect(AssessmentRecordReceivedV1.schema.safeParse(base).success).toBe(true);
    expect(AssessmentRecordReceivedV1.schema.safeParse({ ...base, respondentName: 'Rosa' }).success).toBe(false);
    expect(
      AssessmentRecordReceivedV1.schema.safeParse({ ...base, values: { 'nombre completo': 'Rosa' } }).success,
    ).toBe(false);
  });
});
