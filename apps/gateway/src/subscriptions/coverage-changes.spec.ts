import { randomUUID } from 'node:crypto';
import { CoverageChangedV1, createCloudEvent, type EventData } from '@coordination/contracts';
import { coverageChangeFor } from './coverage-changes';

const notice = (data: Partial<EventData<typeof CoverageChangedV1>>) =>
  createCloudEvent(CoverageChangedV1, {
    subject: 'HEA',
    source: '/coordination/reporting',
    data: {
      planYear: 2025,
      month: 6,
      sector: 'HEA',
      pcode: 'PE150132',
      departmentPcode: 'PE15',
      cause: 'REPORT',
      ...data,
    },
  });

describe('which coverage notices a subscriber watching a sector and place receives', () => {
  it.each([
    ['no filter', {}, {}, true],
    ['its sector', { sector: 'hea' }, {}, true],
    ['another sector', { sector: 'EDU' }, {}, false],
    ['a notice for every sector', { sector: 'EDU' }, { sector: null }, true],
    ['its department, the change in a district of it', { pcode: 'PE15' }, {}, true],
    ['its district, the change for the whole department', { pcode: 'PE150132' }, { pcode: 'PE15' }, true],
    ['another department', { pcode: 'PE24' }, {}, false],
    ['a notice for every place', { pcode: 'PE24' }, { pcode: null, departmentPcode: null }, true],
  ])('%s', (_case, watch, data, expected) => {
    expect(coverageChangeFor(notice(data), watch) !== undefined).toBe(expected);
  });

  it('ignores other events and carries the notice’s id and time', () => {
    const event = notice({});
    expect(coverageChangeFor({ ...event, type: 'org.coordination.other.v1', id: randomUUID() }, {})).toBeUndefined();
    expect(coverageChangeFor(event, {})).toMatchObject({ eventId: event.id, occurredAt: event.time, cause: 'REPORT' });
  });
});
