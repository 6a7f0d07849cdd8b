import { validOrganisationRegisteredEvent } from '../testing/organisation-registered-event.fixture';
import { validateCloudEvent } from '../validation/validate-cloud-event';
import { OrganisationRegisteredV1 } from './organisation-registered.v1.event';
import { ORGANISATION_TYPES } from './organisation-type';

function validateData(data: Record<string, unknown>) {
  return validateCloudEvent({ ...validOrganisationRegisteredEvent(), data });
}

function validData(): Record<string, unknown> {
  return { ...validOrganisationRegisteredEvent().data };
}

function issuePaths(data: Record<string, unknown>): string[] {
  const result = validateData(data);
  if (result.ok) throw new Error('expected data to be rejected');
  expect(result.error.code).toBe('EVENT.DATA_INVALID');
  return result.error.issues.map((issue) => issue.path);
}

describe('OrganisationRegisteredV1', () => {
  it('declares where it travels', () => {
    expect(OrganisationRegisteredV1).toMatchObject({
      type: 'org.coordination.directory.organisation.registered.v1',
      topic: 'directory.organisation',
      aggregate: 'organisation',
      version: 1,
    });
  });

  it.each(ORGANISATION_TYPES)('accepts organisation type %s', (type) => {
    expect(validateData({ ...validData(), type }).ok).toBe(true);
  });

  it.each([null, undefined])('accepts acronym %p', (acronym) => {
    expect(validateData({ ...validData(), acronym }).ok).toBe(true);
  });

  it('accepts names of 1 and 200 characters', () => {
    expect(validateData({ ...validData(), name: 'A' }).ok).toBe(true);
    expect(validateData({ ...validData(), name: 'A'.repeat(200) }).ok).toBe(true);
  });

  it.each<[string, unknown]>([
    ['organisationId', 'org-1'],
    ['name', ''],
    ['name', 'A'.repeat(201)],
    ['acronym', ''],
    ['acronym', 'A'.repeat(31)],
    ['type', 'ngo'],
    ['registeredAt', '01/03/2025'],
    ['registeredAt', 1740830400000],
  ])('rejects %s = %j', (field, value) => {
    expect(issuePaths({ ...validData(), [field]: value })).toEqual([`data.${field}`]);
  });

  it.each(['organisationId', 'name', 'type', 'registeredAt'])('requires %s', (field) => {
    const data = validData();
    delete data[field];
    expect(issuePaths(data)).toEqual([`data.${field}`]);
  });

  it('drops fields outside the contract so consumers can read newer producers', () => {
    const result = validateData({ ...validData(), website: 'https://example.org' });
    expect(result.ok && result.event.data).toEqual(validData());
  });
});
