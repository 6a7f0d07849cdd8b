import { VALUE_PROBLEM_CODES } from '../problems/table-problem';
import { COMMA_DECIMAL, POINT_DECIMAL } from '../reading/number-format';
import { parseInteger, parseNonNegativeInteger } from './parse-integer';

const at = { row: 7, column: 'D', field: 'reached' };

describe('parseInteger', () => {
  it('reads plain and signed digits, and blank as no value', () => {
    expect(parseInteger('42')).toEqual({ ok: true, value: 42 });
    expect(parseInteger(' -7 ')).toEqual({ ok: true, value: -7 });
    expect(parseInteger('+3')).toEqual({ ok: true, value: 3 });
    expect(parseInteger('')).toEqual({ ok: true, value: null });
    expect(parseInteger(null)).toEqual({ ok: true, value: null });
  });

  it('accepts the thousands separator of the file and spaces', () => {
    expect(parseInteger('1,234,567', at, POINT_DECIMAL)).toEqual({ ok: true, value: 1234567 });
    expect(parseInteger('1.234.567', at, COMMA_DECIMAL)).toEqual({ ok: true, value: 1234567 });
    expect(parseInteger('1.234', at, COMMA_DECIMAL)).toEqual({ ok: true, value: 1234 });
    expect(parseInteger('1 234', at, POINT_DECIMAL)).toEqual({ ok: true, value: 1234 });
    expect(parseInteger('1\u00A0234', at, COMMA_DECIMAL)).toEqual({ ok: true, value: 1234 });
  });

  it('refuses decimals, located, including a decimal that looks like grouping in the other convention', () => {
    expect(parseInteger('1.5', at, POINT_DECIMAL)).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: VALUE_PROBLEM_CODES.notInteger, severity: 'error', ...at }),
    });
    expect(parseInteger('1.234', at, POINT_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notInteger },
    });
    expect(parseInteger('1,234', at, COMMA_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notInteger },
    });
    expect(parseInteger('12.0', at, POINT_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notInteger },
    });
    expect(parseInteger('1,234.5', at, POINT_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notInteger },
    });
  });

  it('refuses text, misplaced separators and numbers beyond safe integers', () => {
    expect(parseInteger('doce', at)).toMatchObject({ problem: { code: VALUE_PROBLEM_CODES.notANumber } });
    expect(parseInteger('12,34', at, POINT_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notANumber },
    });
    expect(parseInteger('1.234.567', at, POINT_DECIMAL)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.notANumber },
    });
    expect(parseInteger('99999999999999999999', at)).toMatchObject({
      problem: { code: VALUE_PROBLEM_CODES.outOfRange },
    });
  });
});

describe('parseNonNegativeInteger', () => {
  it('refuses negative counts and keeps zero', () => {
    expect(parseNonNegativeInteger('-1', at)).toMatchObject({
      ok: false,
      problem: { code: VALUE_PROBLEM_CODES.negative, row: 7 },
    });
    expect(parseNonNegativeInteger('-0')).toEqual({ ok: true, value: 0 });
    expect(parseNonNegativeInteger('0')).toEqual({ ok: true, value: 0 });
  });
});
