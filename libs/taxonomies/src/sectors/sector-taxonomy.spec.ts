import { definePlanYear } from './define-plan-year';
import { SectorTaxonomy } from './sector-taxonomy';

// Invented years that change the list, to show that each year is read on its own.
const before = definePlanYear(2030, [
  { code: 'HTR', names: { es: 'Transporte humanitario', en: 'Humanitarian transportation' } },
  { code: 'SHE', names: { es: 'Alojamiento', en: 'Shelter' } },
  {
    code: 'PRO',
    names: { es: 'Protección', en: 'Protection' },
    subSectors: [{ code: 'REG', names: { es: 'Regularización', en: 'Regularisation' } }],
  },
]);
const after = definePlanYear(2031, [
  { code: 'SHE', names: { es: 'Alojamiento y enseres', en: 'Shelter and non-food items' } },
  { code: 'PRO', names: { es: 'Protección', en: 'Protection' } },
  {
    code: 'INT',
    names: { es: 'Integración', en: 'Integration' },
    subSectors: [{ code: 'REG', names: { es: 'Regularización', en: 'Regularisation' } }],
  },
]);

describe('SectorTaxonomy across plan years', () => {
  // Listed newest first on purpose: the order of registration does not matter.
  const taxonomy = new SectorTaxonomy([after, before]);

  it('lists its plan years oldest first', () => {
    expect(taxonomy.planYears()).toEqual([2030, 2031]);
  });

  it('knows a retired sector in the years that had it and only there', () => {
    expect(taxonomy.sector('HTR', 2030).code).toBe('HTR');
    expect(() => taxonomy.sector('HTR', 2031)).toThrow(expect.objectContaining({ code: 'TAXONOMY.UNKNOWN_SECTOR' }));
    expect(taxonomy.isValidSectorPair('HTR', undefined, 2030)).toBe(true);
    expect(taxonomy.isValidSectorPair('HTR', undefined, 2031)).toBe(false);
  });

  it('knows a new sector only from the year that added it', () => {
    expect(taxonomy.sectorsFor(2031).map((definition) => definition.code)).toContain('INT');
    expect(taxonomy.checkSectorPair('INT', undefined, 2030)).toMatchObject({ code: 'TAXONOMY.UNKNOWN_SECTOR' });
  });

  it('keeps the old name in the old year after a rename', () => {
    expect(taxonomy.sector('SHE', 2030).names.en).toBe('Shelter');
    expect(taxonomy.sector('SHE', 2031).names.en).toBe('Shelter and non-food items');
  });

  it('checks a moved sub-sector against the parent of each year', () => {
    expect(taxonomy.isValidSectorPair('PRO', 'REG', 2030)).toBe(true);
    expect(taxonomy.checkSectorPair('PRO', 'REG', 2031)).toMatchObject({ code: 'TAXONOMY.SUB_SECTOR_MISMATCH' });
    expect(taxonomy.isValidSectorPair('INT', 'REG', 2031)).toBe(true);
    expect(taxonomy.subSector('REG', 2031).sector).toBe('INT');
  });

  it('refuses the same plan year twice', () => {
    expect(() => new SectorTaxonomy([before, before])).toThrow('Plan year 2030 is defined more than once');
  });
});
