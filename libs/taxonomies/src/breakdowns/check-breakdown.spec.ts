import { checkBreakdown } from './check-breakdown';
import { DISABILITY_DIMENSION } from './disability';
import { LGBTIQ_DIMENSION } from './lgbtiq';
import { NATIONALITY_DIMENSION } from './nationality';

describe('checkBreakdown', () => {
  it('accepts a nationality breakdown that adds up to the total', () => {
    expect(checkBreakdown(100, { ven: 70, col: 10, per: 15, other: 2, unknown: 3 }, NATIONALITY_DIMENSION)).toEqual([]);
  });

  it('reports a breakdown that does not add up at the dimension path', () => {
    expect(checkBreakdown(100, { withDisability: 5, withoutDisability: 80, unknown: 0 }, DISABILITY_DIMENSION)).toEqual(
      [
        {
          code: 'DISAGGREGATION.SUM_MISMATCH',
          path: 'disability',
          message: 'disability add up to 85 but the total is 100',
          expected: 100,
          actual: 85,
        },
      ],
    );
  });

  it('accepts a partly known breakdown once the rest is put in unknown', () => {
    const onlyDisabilityAsked = { withDisability: 5, withoutDisability: 0, unknown: 95 };
    expect(checkBreakdown(100, onlyDisabilityAsked, DISABILITY_DIMENSION)).toEqual([]);
  });

  it('refuses a partial breakdown: a missing category is not taken as zero', () => {
    expect(checkBreakdown(100, { ven: 100 }, NATIONALITY_DIMENSION)).toEqual(
      ['col', 'per', 'other', 'unknown'].map((field) =>
        expect.objectContaining({ code: 'DISAGGREGATION.MISSING_CELL', path: `nationality.${field}` }),
      ),
    );
  });

  it('reports bad counts at their field', () => {
    expect(checkBreakdown(10, { lgbtiq: 1.5, notLgbtiq: -2, unknown: 10 }, LGBTIQ_DIMENSION)).toMatchObject([
      { code: 'DISAGGREGATION.NOT_INTEGER', path: 'lgbtiq.lgbtiq' },
      { code: 'DISAGGREGATION.NEGATIVE', path: 'lgbtiq.notLgbtiq' },
    ]);
  });

  it('uses the path the caller names', () => {
    expect(
      checkBreakdown(1, { ven: 0, col: 0, per: 0, other: 0, unknown: 2 }, NATIONALITY_DIMENSION, {
        path: 'reached.byNationality',
      }),
    ).toMatchObject([{ path: 'reached.byNationality', expected: 1, actual: 2 }]);
  });
});
