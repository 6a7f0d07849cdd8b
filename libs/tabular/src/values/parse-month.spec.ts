import { VALUE_PROBLEM_CODES } from '../problems/table-problem';
import { parseMonth } from './parse-month';

describe('parseMonth', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['2025/3', '2025-03'],
    ['202503', '2025-03'],
    ['03/2025', '2025-03'],
    ['3-2025', '2025-03'],
    ['2025-03-31', '2025-03'],
    ['2025-03-01T13:30:00', '2025-03'],
    ['31/03/2025', '2025-03'],
    ['45717', '2025-03'],
    ['marzo 2025', '2025-03'],
    ['Marzo de 2025', '2025-03'],
    ['SETIEMBRE DEL 2024', '2024-09'],
    ['septiembre 2024', '2024-09'],
    ['mar-25', '2025-03'],
    ['Ene. 2026', '2026-01'],
    ['March 2025', '2025-03'],
    ['Dec-2024', '2024-12'],
    ['2025 abril', '2025-04'],
  ])('reads %j as %s', (text, month) => {
    expect(parseMonth(text)).toEqual({ ok: true, value: month });
  });

  it('treats blank as no value', () => {
    expect(parseMonth('  ')).toEqual({ ok: true, value: null });
  });

  it.each(['2025-13', '13/2025', 'marzo', 'primavera 2025', '03/25', '1850-01', 'abc', '2025-03-40x'])(
    'refuses %j with a located VALUE.INVALID_MONTH',
    (text) => {
      expect(parseMonth(text, { row: 4, column: 'C' })).toEqual({
        ok: false,
        problem: expect.objectContaining({
          code: VALUE_PROBLEM_CODES.invalidMonth,
          severity: 'error',
          row: 4,
          column: 'C',
        }),
      });
    },
  );
});
