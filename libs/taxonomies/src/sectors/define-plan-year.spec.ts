import { definePlanYear } from './define-plan-year';

const names = { es: 'x', en: 'x' };

describe('definePlanYear', () => {
  it('gives each sub-sector its parent and sectors no sub-sectors by default', () => {
    const planYear = definePlanYear(2040, [
      { code: 'PRO', names, subSectors: [{ code: 'CP', names }] },
      { code: 'EDU', names },
    ]);
    expect(planYear.sectors[0].subSectors[0].sector).toBe('PRO');
    expect(planYear.sectors[1]).toEqual({ code: 'EDU', names, crossSector: false, subSectors: [] });
  });

  it('does not share objects with its declaration', () => {
    const declaredNames = { es: 'Salud', en: 'Health' };
    const planYear = definePlanYear(2040, [{ code: 'HEA', names: declaredNames }]);
    declaredNames.en = 'changed';
    expect(planYear.sectors[0].names.en).toBe('Health');
  });

  it('refuses a sector listed twice', () => {
    expect(() =>
      definePlanYear(2040, [
        { code: 'EDU', names },
        { code: 'EDU', names },
      ]),
    ).toThrow('Plan year 2040 lists sector EDU more than once');
  });

  it('refuses a sub-sector code used under two sectors', () => {
    expect(() =>
      definePlanYear(2040, [
        { code: 'PRO', names, subSectors: [{ code: 'REG', names }] },
        { code: 'INT', names, subSectors: [{ code: 'REG', names }] },
      ]),
    ).toThrow('Plan year 2040 lists sub-sector REG more than once');
  });

  it('refuses a plan year that is not a whole number', () => {
    expect(() => definePlanYear(2040.5, [])).toThrow('Plan year must be a whole number');
  });
});
