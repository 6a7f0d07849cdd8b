import { loadGazetteer } from './default-gazetteer';
import { GEO_ERROR_CODES, type ResolveResult } from './results';

const gazetteer = loadGazetteer();
const summary = (result: ResolveResult) => ({
  status: result.status,
  rule: 'rule' in result ? result.rule : undefined,
  pcodes:
    result.status === 'found'
      ? [result.unit.pcode]
      : result.status === 'ambiguous'
        ? result.candidates.map((unit) => unit.pcode)
        : [],
  error: 'error' in result ? result.error.code : undefined,
});

describe('Gazetteer.resolve', () => {
  it('reads P-codes, in any case', () => {
    expect(summary(gazetteer.resolve('PE150101'))).toEqual({ status: 'found', rule: 'pcode', pcodes: ['PE150101'] });
    expect(summary(gazetteer.resolve(' pe1501 '))).toMatchObject({ status: 'found', pcodes: ['PE1501'] });
  });

  it('reads bare numbers as INEI codes by default', () => {
    for (const [code, pcode] of [
      ['07', 'PE07'],
      ['070000', 'PE07'],
      ['1501', 'PE1501'],
      ['150101', 'PE150101'],
    ]) {
      expect(summary(gazetteer.resolve(code))).toEqual({ status: 'found', rule: 'inei_code', pcodes: [pcode] });
    }
  });

  it('reads RENIEC codes only when asked', () => {
    expect(summary(gazetteer.resolve('24', { coding: 'reniec' }))).toEqual({
      status: 'found',
      rule: 'reniec_code',
      pcodes: ['PE07'],
    });
    expect(summary(gazetteer.resolve('07', { coding: 'reniec' })).pcodes).toEqual(['PE08']);
  });

  it('with auto coding, reports a code that means different units in the two codings', () => {
    const result = gazetteer.resolve('07', { coding: 'auto' });
    expect(summary(result)).toEqual({
      status: 'ambiguous',
      rule: 'inei_or_reniec_code',
      pcodes: ['PE07', 'PE08'],
      error: GEO_ERROR_CODES.codeAmbiguous,
    });
    expect(summary(gazetteer.resolve('01', { coding: 'auto' }))).toEqual({
      status: 'found',
      rule: 'inei_or_reniec_code',
      pcodes: ['PE01'],
    });
    // 150144 exists only in INEI coding (Santa María de Huachipa has no RENIEC code yet).
    expect(summary(gazetteer.resolve('150144', { coding: 'auto' }))).toMatchObject({ rule: 'inei_code' });
    // A parent settles the conflict: INEI 0701 is in Callao, RENIEC 0701 in Cusco.
    expect(summary(gazetteer.resolve('0701', { coding: 'auto', parent: 'PE08' })).pcodes).toEqual(['PE0801']);
  });

  it('reads names, optionally inside a parent given by name or code', () => {
    expect(summary(gazetteer.resolve('Lima', { level: 'department' }))).toEqual({
      status: 'found',
      rule: 'name',
      pcodes: ['PE15'],
    });
    expect(summary(gazetteer.resolve('Miraflores', { parent: 'Lima' }))).toEqual({
      status: 'ambiguous',
      rule: 'name',
      pcodes: ['PE150122', 'PE151021'],
      error: GEO_ERROR_CODES.nameAmbiguous,
    });
    expect(summary(gazetteer.resolve('Miraflores', { parent: 'PE1501' })).pcodes).toEqual(['PE150122']);
    expect(summary(gazetteer.resolve('Miraflores', { parent: '1501' })).pcodes).toEqual(['PE150122']);
    expect(summary(gazetteer.resolve('Miraflores', { parent: 'Arequipa' })).pcodes).toEqual(['PE040110']);
    expect(summary(gazetteer.resolve('Miraflores', { parent: '14', coding: 'reniec' })).pcodes).toEqual([
      'PE150122',
      'PE151021',
    ]);
  });

  it('returns suggestions with a name it cannot find', () => {
    const result = gazetteer.resolve('Ayacuchoo');
    expect(result.status).toBe('not_found');
    if (result.status !== 'not_found') return;
    expect(result.error.code).toBe(GEO_ERROR_CODES.nameNotFound);
    expect(result.suggestions.map((unit) => unit.pcode)).toEqual(['PE05', 'PE050101']);
  });

  it('returns stable error codes for unknown codes', () => {
    expect(summary(gazetteer.resolve('PE99')).error).toBe(GEO_ERROR_CODES.unknownPcode);
    expect(summary(gazetteer.resolve('PE15', { level: 'district' })).error).toBe(GEO_ERROR_CODES.unknownPcode);
    expect(summary(gazetteer.resolve('990000')).error).toBe(GEO_ERROR_CODES.unknownCode);
    expect(summary(gazetteer.resolve('26', { coding: 'auto' })).error).toBe(GEO_ERROR_CODES.unknownCode);
    expect(summary(gazetteer.resolve('PE150122', { parent: 'PE04' })).error).toBe(GEO_ERROR_CODES.unknownPcode);
  });

  it('reports a parent it cannot resolve as such', () => {
    const result = gazetteer.resolve('Miraflores', { parent: 'Atlantis' });
    expect(result.status).toBe('not_found');
    expect('error' in result && result.error).toEqual({
      code: GEO_ERROR_CODES.nameNotFound,
      message: expect.stringMatching(/^Parent: /),
    });
  });

  it('refuses malformed input with GEO.INVALID_INPUT', () => {
    for (const input of ['', '   ', '---', 'PE1', 'PE15010101', '12345', '1', 42, null, undefined]) {
      expect(summary(gazetteer.resolve(input))).toMatchObject({
        status: 'invalid',
        error: GEO_ERROR_CODES.invalidInput,
      });
    }
    expect(summary(gazetteer.resolve('Lima', { asOf: '2024-02-30' })).error).toBe(GEO_ERROR_CODES.invalidInput);
  });

  it('explains a lost leading zero', () => {
    const result = gazetteer.resolve('10101');
    expect('error' in result && result.error.message).toMatch(/leading zero/);
  });

  it('finds nothing before the data set starts', () => {
    expect(summary(gazetteer.resolve('PE15', { asOf: '2019-12-31' })).error).toBe(GEO_ERROR_CODES.unknownPcode);
    expect(summary(gazetteer.resolve('PE15', { asOf: '2020-01-01' })).status).toBe('found');
  });
});
