import { limaWallClock, withLimaOffset } from './lima-time';

describe('limaWallClock', () => {
  it('shows five hours less than UTC', () => {
    expect(limaWallClock(new Date('2026-03-10T15:30:00Z'))).toEqual({
      date: '2026-03-10',
      weekday: 'TU',
      time: '10:30:00',
    });
  });

  it('is still the previous day in Lima shortly after midnight UTC', () => {
    expect(limaWallClock(new Date('2026-03-09T02:00:00Z'))).toEqual({
      date: '2026-03-08',
      weekday: 'SU',
      time: '21:00:00',
    });
  });

  it('reads instants given with another offset', () => {
    expect(limaWallClock(new Date('2026-03-10T10:30:00-05:00')).time).toBe('10:30:00');
  });
});

describe('withLimaOffset', () => {
  it('writes a database time as HH:MM with the UTC-5 offset', () => {
    expect(withLimaOffset('08:30:00')).toBe('08:30-05:00');
  });
});
