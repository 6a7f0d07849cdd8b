import { AGGREGATION_METHODS } from '@coordination/contracts';
import { MODALITIES, UNITS, isValidSectorPair, sectorsFor } from '@coordination/taxonomies';
import { SEED_INDICATORS, SEED_PLAN_YEARS } from './1764000500002-seed-indicators.data';

describe('the seeded indicator catalogue', () => {
  it('has unique codes', () => {
    const codes = SEED_INDICATORS.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(SEED_PLAN_YEARS)('gives every sector of %i at least two indicators, each valid that year', (planYear) => {
    for (const { code } of sectorsFor(planYear)) {
      expect(SEED_INDICATORS.filter((indicator) => indicator.sector === code).length).toBeGreaterThanOrEqual(2);
    }
    for (const indicator of SEED_INDICATORS) {
      expect(isValidSectorPair(indicator.sector, indicator.subSector, planYear)).toBe(true);
    }
  });

  it('uses units and modalities of the taxonomies, and splits only counts of people by sex and age', () => {
    for (const indicator of SEED_INDICATORS) {
      expect(indicator.es.length).toBeGreaterThan(10);
      expect(indicator.en.length).toBeGreaterThan(10);
      expect(AGGREGATION_METHODS).toContain(indicator.aggregation);
      expect(UNITS).toContain(indicator.unit);
      expect(indicator.modalities.length).toBeGreaterThan(0);
      for (const modality of indicator.modalities) expect(MODALITIES).toContain(modality);
      if (indicator.requiresSexAge || indicator.aggregation === 'UNIQUE_CUMULATIVE') {
        expect(indicator.countsPeople).toBe(true);
      }
    }
  });

  it('has the indicators partners ask for first', () => {
    const names = new Map(SEED_INDICATORS.map((indicator) => [indicator.code, indicator.en]));
    expect(names.get('PRO-GBV-01')).toBe('Number of GBV survivors receiving case management');
    expect(names.get('HEA-01')).toBe('Number of people receiving primary health care consultations');
    expect(names.get('FSC-01')).toBe('Number of people receiving food assistance (in kind)');
    expect(names.get('MPC-01')).toBe('Number of people receiving multipurpose cash');
  });
});
