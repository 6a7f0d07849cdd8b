import { randomUUID } from 'node:crypto';
import { grantRoleSchema } from './grant-role.input';

function problems(input: Record<string, unknown>): Record<string, string> {
  const result = grantRoleSchema.safeParse({ userId: randomUUID(), ...input });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('grantRole input', () => {
  it.each([
    [{ role: 'PARTNER_REPORTER' }],
    [{ role: 'SECTOR_COORDINATOR', sector: 'EDU' }],
    [{ role: 'SECTOR_COORDINATOR', sector: 'WSH', regionPcode: 'PE24' }],
    [{ role: 'SECTOR_COORDINATOR', sector: 'PRO', regionPcode: 'PE07' }],
  ])('accepts %j', (input) => {
    expect(problems(input)).toEqual({});
  });

  it.each([
    [{ role: 'SECTOR_COORDINATOR' }, { sector: 'is required for a sector coordinator' }],
    [{ role: 'PARTNER_ADMIN', sector: 'EDU' }, { sector: 'applies only to sector coordinators' }],
    [{ role: 'GOVERNMENT_VIEWER', regionPcode: 'PE15' }, { regionPcode: 'applies only to sector coordinators' }],
  ])('refuses %j', (input, expected) => {
    expect(problems(input)).toEqual(expected);
  });

  it.each([
    ['a sector outside the taxonomy', { role: 'SECTOR_COORDINATOR', sector: 'XYZ' }, 'sector'],
    [
      'a province instead of a department',
      { role: 'SECTOR_COORDINATOR', sector: 'EDU', regionPcode: 'PE1501' },
      'regionPcode',
    ],
    [
      'a department that does not exist',
      { role: 'SECTOR_COORDINATOR', sector: 'EDU', regionPcode: 'PE26' },
      'regionPcode',
    ],
    ['an unknown role', { role: 'SUPERUSER' }, 'role'],
  ])('refuses %s', (_case, input, field) => {
    expect(Object.keys(problems(input))).toEqual([field]);
  });

  it('gives absent scopes as null, as the table and the event hold them', () => {
    expect(grantRoleSchema.parse({ userId: '5bc7a595-4146-5c20-b263-64957be48dc2', role: 'PARTNER_ADMIN' })).toEqual({
      userId: '5bc7a595-4146-5c20-b263-64957be48dc2',
      role: 'PARTNER_ADMIN',
      sector: null,
      regionPcode: null,
    });
  });
});
