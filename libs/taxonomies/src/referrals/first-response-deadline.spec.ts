import { firstResponseDueAt, isOverdue } from './first-response-deadline';

const sentAt = new Date('2025-06-10T15:30:00.000Z');

function hoursAfter(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * 3_600_000);
}

describe('firstResponseDueAt', () => {
  it.each([
    ['EMERGENCY', '2025-06-11T15:30:00.000Z'],
    ['URGENT', '2025-06-13T15:30:00.000Z'],
    ['STANDARD', '2025-06-24T15:30:00.000Z'],
  ] as const)('gives a %s referral until %s', (priority, due) => {
    expect(firstResponseDueAt(sentAt, priority).toISOString()).toBe(due);
  });

  it('crosses month and year ends', () => {
    expect(firstResponseDueAt(new Date('2025-12-31T20:00:00Z'), 'EMERGENCY').toISOString()).toBe(
      '2026-01-01T20:00:00.000Z',
    );
    expect(firstResponseDueAt(new Date('2028-02-20T00:00:00Z'), 'STANDARD').toISOString()).toBe(
      '2028-03-05T00:00:00.000Z',
    );
  });

  it('counts elapsed hours in UTC, so a daylight-saving change elsewhere moves nothing', () => {
    // Europe moved its clocks on 2025-03-30 and the United States on 2025-03-09; Lima never does.
    expect(firstResponseDueAt(new Date('2025-03-25T12:00:00Z'), 'STANDARD').toISOString()).toBe(
      '2025-04-08T12:00:00.000Z',
    );
    expect(firstResponseDueAt(new Date('2025-03-08T12:00:00Z'), 'URGENT').toISOString()).toBe(
      '2025-03-11T12:00:00.000Z',
    );
  });

  it('keeps a Lima sending time at the same Lima clock time (UTC-5 all year)', () => {
    expect(firstResponseDueAt(new Date('2025-10-01T09:00:00-05:00'), 'STANDARD')).toEqual(
      new Date('2025-10-15T09:00:00-05:00'),
    );
  });

  it('does not change the date it was given', () => {
    const sent = new Date(sentAt);
    firstResponseDueAt(sent, 'URGENT');
    expect(sent).toEqual(sentAt);
  });

  it('refuses an invalid date or an unknown priority', () => {
    expect(() => firstResponseDueAt(new Date('not a date'), 'URGENT')).toThrow('sentAt is not a valid date');
    expect(() => firstResponseDueAt(sentAt, 'LOW' as never)).toThrow('Unknown referral priority LOW');
  });
});

describe('isOverdue', () => {
  const due = firstResponseDueAt(sentAt, 'EMERGENCY');

  it('is not overdue before or exactly at the due time without a response', () => {
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 23))).toBe(false);
    expect(isOverdue(sentAt, 'EMERGENCY', due)).toBe(false);
  });

  it('is overdue one millisecond after the due time without a response', () => {
    expect(isOverdue(sentAt, 'EMERGENCY', new Date(due.getTime() + 1))).toBe(true);
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 48), null)).toBe(true);
  });

  it('depends on the priority', () => {
    const now = hoursAfter(sentAt, 48);
    expect(isOverdue(sentAt, 'EMERGENCY', now)).toBe(true);
    expect(isOverdue(sentAt, 'URGENT', now)).toBe(false);
    expect(isOverdue(sentAt, 'STANDARD', hoursAfter(sentAt, 14 * 24 + 1))).toBe(true);
  });

  it('is not overdue once answered in time, however late it is now', () => {
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 500), hoursAfter(sentAt, 20))).toBe(false);
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 500), due)).toBe(false);
  });

  it('stays overdue when the answer came late', () => {
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 500), hoursAfter(sentAt, 30))).toBe(true);
  });

  it('ignores a response after now, answering as things stood at now', () => {
    const later = hoursAfter(sentAt, 30);
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 10), later)).toBe(false);
    expect(isOverdue(sentAt, 'EMERGENCY', hoursAfter(sentAt, 26), later)).toBe(true);
  });

  it('refuses invalid dates', () => {
    expect(() => isOverdue(sentAt, 'URGENT', new Date(Number.NaN))).toThrow('now is not a valid date');
    expect(() => isOverdue(sentAt, 'URGENT', sentAt, new Date(Number.NaN))).toThrow('respondedAt is not a valid date');
  });
});
