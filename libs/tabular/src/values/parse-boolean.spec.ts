import { VALUE_PROBLEM_CODES } from '../problems/table-problem';
import { normaliseCode } from './normalise-code';
import { parseBoolean } from './parse-boolean';

describe('parseBoolean', () => {
  it.each(['sí', 'Si', 'SÍ', 'yes', 'TRUE', '1', 'Verdadero'])('reads %j as true', (text) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: true });
  });

  it.each(['no', 'NO', 'false', '0', 'FALSO'])('reads %j as false', (text) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: false });
  });

  it('refuses anything else, located, and reads blank as no value', () => {
    expect(parseBoolean('tal vez', { row: 2, field: 'disability' })).toMatchObject({
      ok: false,
      problem: { code: VALUE_PROBLEM_CODES.invalidBoolean, row: 2, field: 'disability' },
    });
    expect(parseBoolean(null)).toEqual({ ok: true, value: null });
  });
});

describe('normaliseCode', () => {
  it('trims, upper-cases and collapses spaces; blank is null', () => {
    expect(normaliseCode('  pe  1501 ')).toBe('PE 1501');
    expect(normaliseCode('edu\t')).toBe('EDU');
    expect(normaliseCode('   ')).toBeNull();
    expect(normaliseCode(null)).toBeNull();
  });
});
