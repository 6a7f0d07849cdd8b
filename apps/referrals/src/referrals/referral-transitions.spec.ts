import { REFERRAL_STATUSES } from '@coordination/contracts';
import { ALLOWED_TRANSITIONS } from './referral-transitions';
import { overdueSweepIntervalMs } from './overdue/overdue-sweep.loop';

describe('the referral lifecycle', () => {
  it('answers a sent referral once, closes an accepted one, and lets nothing out of a closed one', () => {
    expect(ALLOWED_TRANSITIONS.SENT).toEqual(['ACCEPTED', 'REJECTED', 'WITHDRAWN']);
    expect(ALLOWED_TRANSITIONS.ACCEPTED).toEqual(['COMPLETED', 'FORWARDED', 'WITHDRAWN']);
    for (const closed of ['REJECTED', 'WITHDRAWN', 'FORWARDED', 'COMPLETED'] as const) {
      expect(ALLOWED_TRANSITIONS[closed]).toEqual([]);
    }
    expect(Object.keys(ALLOWED_TRANSITIONS).sort()).toEqual([...REFERRAL_STATUSES].sort());
  });

  it('reads the sweep interval from the environment and refuses nonsense', () => {
    expect(overdueSweepIntervalMs({})).toBe(60_000);
    expect(overdueSweepIntervalMs({ OVERDUE_SWEEP_INTERVAL_MS: '500' })).toBe(500);
    expect(() => overdueSweepIntervalMs({ OVERDUE_SWEEP_INTERVAL_MS: 'soon' })).toThrow('OVERDUE_SWEEP_INTERVAL_MS');
  });
});
