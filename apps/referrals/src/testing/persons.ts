import type { PersonalData } from '../personal-data/personal-data';

/**
 * Invented people for tests. Their names, document numbers and phone numbers are distinctive so
 * that a test can search a database dump or a Kafka topic for them and be sure a hit is a leak.
 */
export const PERSONS = {
  adult: {
    givenNames: 'Yeferson Andrés',
    familyNames: 'Quintero Barrios',
    dateOfBirth: '1991-04-12',
    documentNumber: 'V27845113',
    phone: '+51987650321',
  },
  child: {
    givenNames: 'Maryelis Sofía',
    familyNames: 'Guaramato Pérez',
    dateOfBirth: '2014-09-30',
    documentNumber: 'V33410987',
    phone: '+51912340876',
  },
} as const;

export type TestPerson = keyof typeof PERSONS;

/** The values that must never appear outside the sealed data. */
export function secretsOf(person: TestPerson): string[] {
  const { givenNames, familyNames, documentNumber, phone } = PERSONS[person];
  return [...givenNames.split(' '), ...familyNames.split(' '), documentNumber, phone, phone.slice(3)];
}

export function personalDataOf(person: TestPerson, overrides: Partial<PersonalData> = {}): PersonalData {
  const known = PERSONS[person];
  return {
    givenNames: known.givenNames,
    familyNames: known.familyNames,
    dateOfBirth: known.dateOfBirth,
    sex: 'FEMALE',
    nationality: 'VEN',
    document: { type: 'PASSPORT', number: known.documentNumber },
    phone: known.phone,
    address: 'Jr. Las Camelias 345, San Juan de Lurigancho',
    languages: ['es'],
    specificNeeds: [],
    householdMembers: [],
    ...overrides,
  } as PersonalData;
}
