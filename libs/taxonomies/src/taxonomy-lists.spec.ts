import { z } from 'zod';
import {
  DISABILITY_DIMENSION,
  LGBTIQ_DIMENSION,
  MODALITIES,
  MODALITY_LABELS,
  NATIONALITIES,
  NATIONALITY_DIMENSION,
  NATIONALITY_LABELS,
  POPULATION_GROUP_DESCRIPTIONS,
  POPULATION_GROUP_LABELS,
  POPULATION_GROUPS,
  REFERRAL_PRIORITIES,
  REFERRAL_PRIORITY_LABELS,
  SEX_AGE_DIMENSION,
  SPECIFIC_NEED_LABELS,
  SPECIFIC_NEEDS,
  TAXONOMY_VERSION,
  UNIT_LABELS,
  UNITS,
  type LocalizedText,
  type PopulationGroup,
} from './index';

const labelledLists: [string, readonly string[], Readonly<Record<string, LocalizedText>>][] = [
  ['population groups', POPULATION_GROUPS, POPULATION_GROUP_LABELS],
  ['population group descriptions', POPULATION_GROUPS, POPULATION_GROUP_DESCRIPTIONS],
  ['specific needs', SPECIFIC_NEEDS, SPECIFIC_NEED_LABELS],
  ['referral priorities', REFERRAL_PRIORITIES, REFERRAL_PRIORITY_LABELS],
  ['modalities', MODALITIES, MODALITY_LABELS],
  ['units', UNITS, UNIT_LABELS],
  ['nationalities', NATIONALITIES, NATIONALITY_LABELS],
  ...[SEX_AGE_DIMENSION, DISABILITY_DIMENSION, LGBTIQ_DIMENSION, NATIONALITY_DIMENSION].map(
    (dimension): [string, readonly string[], Readonly<Record<string, LocalizedText>>] => [
      `${dimension.key} categories`,
      dimension.categories,
      dimension.labels,
    ],
  ),
];

describe('reference lists', () => {
  it('hold the codes DOMAIN.md names', () => {
    expect(POPULATION_GROUPS).toEqual(['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR', 'HOST_COMMUNITY', 'RETURNEES']);
    expect(SPECIFIC_NEEDS).toEqual([
      'UASC',
      'GBV_SURVIVOR',
      'TRAFFICKING_SMUGGLING_VICTIM',
      'LGBTIQ',
      'DISABILITY',
      'OLDER_PERSON',
      'PREGNANT_LACTATING',
    ]);
    expect(REFERRAL_PRIORITIES).toEqual(['EMERGENCY', 'URGENT', 'STANDARD']);
    expect(MODALITIES).toEqual(['IN_KIND', 'CASH_VOUCHER', 'SERVICE', 'CAPACITY_BUILDING']);
    expect(UNITS).toEqual(['PEOPLE', 'HOUSEHOLDS', 'ITEMS', 'CASH_TRANSFERS', 'SESSIONS']);
    expect(NATIONALITIES).toEqual(['VEN', 'COL', 'PER', 'OTHER', 'UNKNOWN']);
  });

  it.each(labelledLists)('%s: exactly one Spanish and one English text per code', (_name, codes, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(texts[code].es.trim()).not.toBe('');
      expect(texts[code].en.trim()).not.toBe('');
    }
  });

  it.each(labelledLists)('%s: codes are unique upper snake case', (_name, codes) => {
    expect(new Set(codes).size).toBe(codes.length);
    codes.forEach((code) => expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/));
  });

  it.each([SEX_AGE_DIMENSION, DISABILITY_DIMENSION, LGBTIQ_DIMENSION, NATIONALITY_DIMENSION])(
    '$key: has an UNKNOWN category and one distinct field per category',
    (dimension) => {
      expect(dimension.categories).toContain('UNKNOWN');
      const fields = dimension.categories.map(
        (category: string) => (dimension.fields as Record<string, string>)[category],
      );
      expect(new Set(fields).size).toBe(dimension.categories.length);
    },
  );

  it('build zod enums', () => {
    const populationGroup = z.enum(POPULATION_GROUPS);
    const parsed: PopulationGroup = populationGroup.parse('PENDULAR');
    expect(parsed).toBe('PENDULAR');
    expect(populationGroup.safeParse('MIGRANTS').success).toBe(false);
  });

  it('carry a semantic version', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
