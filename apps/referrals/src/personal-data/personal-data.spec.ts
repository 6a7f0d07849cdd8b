import { personalDataSchema } from './personal-data';

describe('personalDataSchema', () => {
  const valid = {
    givenNames: 'Yeferson Andrés',
    familyNames: 'Quintero Barrios',
    dateOfBirth: '1991-04-12',
    sex: 'MALE',
    nationality: 'VEN',
    document: { type: 'PASSPORT', number: 'V27845113' },
    phone: '+51 987 650 321',
    languages: ['es'],
    specificNeeds: ['DISABILITY'],
    householdMembers: [{ givenNames: 'Sofía', relationship: 'daughter' }],
  };

  it('accepts a complete record', () => {
    expect(personalDataSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an unknown field', { ...valid, religion: 'x' }, ''],
    ['a name over 200 characters', { ...valid, givenNames: 'a'.repeat(201) }, 'givenNames'],
    ['a malformed date', { ...valid, dateOfBirth: '12/04/1991' }, 'dateOfBirth'],
    ['a two-letter nationality', { ...valid, nationality: 'VE' }, 'nationality'],
    [
      'a document number with markup',
      { ...valid, document: { type: 'PASSPORT', number: '<b>1</b>' } },
      'document.number',
    ],
    ['an unknown specific need', { ...valid, specificNeeds: ['RICH'] }, 'specificNeeds.0'],
    ['21 household members', { ...valid, householdMembers: Array(21).fill({ givenNames: 'A' }) }, 'householdMembers'],
  ])('refuses %s at its path', (_case, input, path) => {
    const result = personalDataSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
