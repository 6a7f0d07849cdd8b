import {
  departmentPcodeOf,
  ineiCodeFromPcode,
  isInsidePcode,
  isPcode,
  levelOfPcode,
  parentPcodeOf,
  pcodeFromIneiCode,
  toSixDigitCode,
} from './pcode';

describe('P-codes', () => {
  it('are PE plus the INEI code without trailing 00 pairs', () => {
    expect(pcodeFromIneiCode('150000')).toBe('PE15');
    expect(pcodeFromIneiCode('150100')).toBe('PE1501');
    expect(pcodeFromIneiCode('150101')).toBe('PE150101');
    expect(pcodeFromIneiCode('1501')).toBe('PE1501');
  });

  it('map back to six-digit INEI codes', () => {
    expect(ineiCodeFromPcode('PE15')).toBe('150000');
    expect(ineiCodeFromPcode('PE070101')).toBe('070101');
  });

  it('tell their level, parent and department', () => {
    expect(levelOfPcode('PE15')).toBe('department');
    expect(levelOfPcode('PE1501')).toBe('province');
    expect(levelOfPcode('PE150101')).toBe('district');
    expect(parentPcodeOf('PE150101')).toBe('PE1501');
    expect(parentPcodeOf('PE1501')).toBe('PE15');
    expect(parentPcodeOf('PE15')).toBeNull();
    expect(departmentPcodeOf('PE150101')).toBe('PE15');
  });

  it('nest by prefix', () => {
    expect(isInsidePcode('PE150101', 'PE15')).toBe(true);
    expect(isInsidePcode('PE150101', 'PE1501')).toBe(true);
    expect(isInsidePcode('PE1501', 'PE1501')).toBe(false);
    expect(isInsidePcode('PE1501', 'PE150101')).toBe(false);
    expect(isInsidePcode('PE0701', 'PE15')).toBe(false);
  });

  it('reject malformed values', () => {
    expect(isPcode('PE1')).toBe(false);
    expect(isPcode('PE15010101')).toBe(false);
    expect(isPcode('pe15')).toBe(false);
    expect(() => pcodeFromIneiCode('000000')).toThrow(RangeError);
    expect(() => pcodeFromIneiCode('15010')).toThrow(RangeError);
    expect(() => levelOfPcode('XX15')).toThrow(RangeError);
  });

  it('pad 2- and 4-digit codes to the six-digit form', () => {
    expect(toSixDigitCode('15')).toBe('150000');
    expect(toSixDigitCode('1501')).toBe('150100');
    expect(toSixDigitCode('150101')).toBe('150101');
    expect(toSixDigitCode('150')).toBeUndefined();
    expect(toSixDigitCode('15a1')).toBeUndefined();
  });
});
