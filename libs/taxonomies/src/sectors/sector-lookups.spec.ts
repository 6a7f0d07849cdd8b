import { PLAN_YEAR_2022 } from './plan-years/plan-year-2022';
import { PLAN_YEAR_2025 } from './plan-years/plan-year-2025';
import { PLAN_YEAR_2026 } from './plan-years/plan-year-2026';
import { SECTOR_CODES, SUB_SECTOR_CODES } from './sector-codes';
import {
  checkSectorPair,
  isValidSectorPair,
  planYears,
  SECTOR_TAXONOMY,
  sector,
  sectorsFor,
  subSector,
} from './sector-lookups';
import { TaxonomyError } from './taxonomy-error';

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('the platform sector taxonomy', () => {
  it('knows plan years 2022, 2025 and 2026', () => {
    expect(planYears()).toEqual([2022, 2025, 2026]);
  });

  it.each([2022, 2025, 2026])('lists the R4V sectors of %i in their published order', (planYear) => {
    expect(sectorsFor(planYear).map((definition) => definition.code)).toEqual([
      'EDU',
      'FSC',
      'HEA',
      'HTR',
      'INT',
      'NUT',
      'PRO',
      'SHE',
      'WSH',
      'MPC',
    ]);
  });

  it('names sectors in Spanish and English', () => {
    expect(sector('FSC', 2025).names).toEqual({ es: 'Seguridad alimentaria', en: 'Food security' });
    expect(sector('WSH', 2026).names.es).toBe('Agua, saneamiento e higiene (WASH)');
    expect(sector('HTR', 2026).names.en).toBe('Humanitarian transportation');
  });

  it('puts child protection, GBV, trafficking and smuggling, and regularisation under Protection', () => {
    expect(sector('PRO', 2025).subSectors.map((definition) => definition.code)).toEqual(['CP', 'GBV', 'HTS', 'REG']);
    expect(subSector('REG', 2025)).toEqual({
      code: 'REG',
      sector: 'PRO',
      names: { es: 'Regularización', en: 'Regularisation' },
    });
    expect(subSector('HTS', 2026).names.es).toBe('Trata y tráfico de personas');
  });

  it('marks only multipurpose cash as cross-sector', () => {
    expect(
      sectorsFor(2025)
        .filter((definition) => definition.crossSector)
        .map((definition) => definition.code),
    ).toEqual(['MPC']);
  });

  it('uses every listed code in some plan year and no code that is not listed', () => {
    const years = [PLAN_YEAR_2022, PLAN_YEAR_2025, PLAN_YEAR_2026];
    const usedSectors = new Set(years.flatMap((year) => year.sectors.map((definition) => definition.code)));
    const usedSubSectors = new Set(
      years.flatMap((year) => year.sectors.flatMap((definition) => definition.subSectors.map((sub) => sub.code))),
    );
    expect([...usedSectors].sort()).toEqual([...SECTOR_CODES].sort());
    expect([...usedSubSectors].sort()).toEqual([...SUB_SECTOR_CODES].sort());
  });

  it('hands out frozen definitions so no service can change them for the others', () => {
    const education = sector('EDU', 2025);
    expect(Object.isFrozen(education)).toBe(true);
    expect(Object.isFrozen(education.names)).toBe(true);
    expect(Object.isFrozen(sectorsFor(2025))).toBe(true);
    expect(() => {
      (education.names as { es: string }).es = 'changed';
    }).toThrow(TypeError);
  });

  describe('lookup errors', () => {
    it('rejects an unknown sector with TAXONOMY.UNKNOWN_SECTOR', () => {
      const error = thrownBy(() => sector('LOG', 2025));
      expect(error).toBeInstanceOf(TaxonomyError);
      expect(error).toMatchObject({ code: 'TAXONOMY.UNKNOWN_SECTOR', problem: { path: 'sector' } });
      expect((error as TaxonomyError).message).toBe('Unknown sector LOG in plan year 2025');
    });

    it('rejects an unknown sub-sector with TAXONOMY.UNKNOWN_SUB_SECTOR', () => {
      expect(thrownBy(() => subSector('CASH', 2026))).toMatchObject({ code: 'TAXONOMY.UNKNOWN_SUB_SECTOR' });
    });

    it('does not take a sector code for a sub-sector code', () => {
      expect(thrownBy(() => subSector('PRO', 2025))).toMatchObject({ code: 'TAXONOMY.UNKNOWN_SUB_SECTOR' });
    });

    it.each([
      ['sector', () => sector('EDU', 2019)],
      ['subSector', () => subSector('CP', 2019)],
      ['sectorsFor', () => sectorsFor(2019)],
    ])('%s rejects an unknown plan year with TAXONOMY.UNKNOWN_PLAN_YEAR', (_name, lookup) => {
      expect(thrownBy(lookup)).toMatchObject({ code: 'TAXONOMY.UNKNOWN_PLAN_YEAR', problem: { path: 'planYear' } });
    });
  });

  describe('sector and sub-sector pairs', () => {
    it.each([
      ['PRO', 'GBV'],
      ['PRO', 'REG'],
      ['PRO', undefined],
      ['PRO', null],
      ['EDU', undefined],
    ])('accepts %s with %p', (sectorCode, subSectorCode) => {
      expect(isValidSectorPair(sectorCode, subSectorCode, 2025)).toBe(true);
      expect(checkSectorPair(sectorCode, subSectorCode, 2025)).toBeUndefined();
    });

    it('reports a sub-sector of another sector as TAXONOMY.SUB_SECTOR_MISMATCH', () => {
      expect(isValidSectorPair('HEA', 'CP', 2025)).toBe(false);
      expect(checkSectorPair('HEA', 'CP', 2025)).toEqual({
        code: 'TAXONOMY.SUB_SECTOR_MISMATCH',
        path: 'subSector',
        message: 'Sub-sector CP belongs to sector PRO, not HEA, in plan year 2025',
      });
    });

    it.each([
      ['XXX', 'CP', 2025, 'TAXONOMY.UNKNOWN_SECTOR', 'sector'],
      ['PRO', 'XX', 2025, 'TAXONOMY.UNKNOWN_SUB_SECTOR', 'subSector'],
      ['PRO', 'CP', 1999, 'TAXONOMY.UNKNOWN_PLAN_YEAR', 'planYear'],
    ])('reports %s/%s in %i as %s at %s', (sectorCode, subSectorCode, planYear, code, path) => {
      expect(isValidSectorPair(sectorCode, subSectorCode, planYear)).toBe(false);
      expect(checkSectorPair(sectorCode, subSectorCode, planYear)).toMatchObject({ code, path });
    });
  });

  it('offers the same lookups on the instance', () => {
    expect(SECTOR_TAXONOMY.sector('NUT', 2026)).toBe(sector('NUT', 2026));
  });
});
