import type { AdminUnit } from './admin-unit';
import { createAdminUnit, type AdminUnitInput } from './create-admin-unit';
import { Gazetteer } from './gazetteer';
import { GEO_ERROR_CODES } from './results';

/**
 * A made-up department where one district was retired on 2021-06-30 and replaced by a new one, and
 * another kept its code but was renamed from 2023.
 */
const unit = (input: Partial<AdminUnitInput> & Pick<AdminUnitInput, 'ineiCode' | 'name'>): AdminUnit =>
  createAdminUnit({ iso3166_2: 'PE-XXX', validFrom: '2020-01-01', ...input });

const units = [
  unit({ ineiCode: '01', reniecCode: '01', name: 'Norte' }),
  unit({ ineiCode: '0101', reniecCode: '0101', name: 'Capital' }),
  unit({ ineiCode: '010101', reniecCode: '010101', name: 'Centro' }),
  unit({ ineiCode: '010102', reniecCode: '010102', name: 'Viejo Pueblo', validTo: '2021-06-30' }),
  unit({ ineiCode: '010103', reniecCode: '010199', name: 'Nuevo Pueblo', validFrom: '2021-07-01' }),
  unit({ ineiCode: '010104', reniecCode: '010104', name: 'Alfa', validTo: '2022-12-31' }),
  unit({ ineiCode: '010104', reniecCode: '010104', name: 'Beta', validFrom: '2023-01-01' }),
];
const gazetteer = new Gazetteer(units);

describe('Gazetteer validity dates', () => {
  it('excludes a retired unit after its validTo and includes it up to that day', () => {
    expect(gazetteer.byPcode('PE010102', { asOf: '2021-06-30' })?.name).toBe('Viejo Pueblo');
    expect(gazetteer.byPcode('PE010102', { asOf: '2021-07-01' })).toBeUndefined();
    expect(gazetteer.byPcode('PE010102')).toBeUndefined();
    expect(gazetteer.byIneiCode('010102', { asOf: '2020-05-01' })?.pcode).toBe('PE010102');
    expect(gazetteer.byReniecCode('010102', { asOf: new Date('2020-05-01') })?.pcode).toBe('PE010102');
  });

  it('excludes a new unit before its validFrom', () => {
    expect(gazetteer.byPcode('PE010103', { asOf: '2021-06-30' })).toBeUndefined();
    expect(gazetteer.byPcode('PE010103', { asOf: '2021-07-01' })?.name).toBe('Nuevo Pueblo');
    expect(gazetteer.byReniecCode('010199')?.pcode).toBe('PE010103');
  });

  it('returns the version of a code valid on the day', () => {
    expect(gazetteer.byPcode('PE010104', { asOf: '2022-12-31' })?.name).toBe('Alfa');
    expect(gazetteer.byPcode('PE010104', { asOf: '2023-01-01' })?.name).toBe('Beta');
  });

  it('applies the day to counts, children, ancestors and roll-ups', () => {
    expect(gazetteer.count('district', { asOf: '2021-01-01' })).toBe(3);
    expect(gazetteer.count('district', { asOf: '2024-01-01' })).toBe(3);
    expect(gazetteer.children('PE0101', { asOf: '2021-01-01' }).map((u) => u.name)).toEqual([
      'Centro',
      'Viejo Pueblo',
      'Alfa',
    ]);
    expect(gazetteer.children('PE0101', { asOf: '2024-01-01' }).map((u) => u.name)).toEqual([
      'Centro',
      'Nuevo Pueblo',
      'Beta',
    ]);
    expect(gazetteer.rollUp('PE010102', 'department', { asOf: '2021-01-01' })?.name).toBe('Norte');
    expect(gazetteer.rollUp('PE010102', 'department', { asOf: '2022-01-01' })).toBeUndefined();
    expect(gazetteer.ancestors('PE010102', { asOf: '2021-01-01' }).map((u) => u.pcode)).toEqual(['PE01', 'PE0101']);
  });

  it('applies the day to names', () => {
    expect(gazetteer.findByName('viejo pueblo', { asOf: '2021-01-01' }).status).toBe('found');
    const afterRetirement = gazetteer.findByName('viejo pueblo', { asOf: '2022-01-01' });
    expect(afterRetirement.status).toBe('not_found');
    expect(gazetteer.findByName('Alfa', { asOf: '2024-01-01' }).status).toBe('not_found');
    expect(gazetteer.findByName('Beta', { asOf: '2024-01-01' }).status).toBe('found');
  });

  it('resolves a retired code for records dated inside its validity', () => {
    expect(gazetteer.resolve('PE010102', { asOf: '2021-03-15' }).status).toBe('found');
    const late = gazetteer.resolve('PE010102', { asOf: '2022-03-15' });
    expect('error' in late && late.error.code).toBe(GEO_ERROR_CODES.unknownPcode);
  });

  it('refuses data where two versions of a code overlap or a parent is missing', () => {
    const overlapping = unit({ ineiCode: '010101', name: 'Centro bis', validFrom: '2022-01-01' });
    expect(() => new Gazetteer([...units, overlapping])).toThrow(/P-code PE010101 is held by two units/);
    const orphan = unit({ ineiCode: '020101', name: 'Huérfano' });
    expect(() => new Gazetteer([...units, orphan])).toThrow(/parent PE0201 is not in the list/);
    const sharedReniec = unit({ ineiCode: '010105', reniecCode: '010101', name: 'Copia' });
    expect(() => new Gazetteer([...units, sharedReniec])).toThrow(/RENIEC code 010101/);
  });

  it('refuses a unit whose fields contradict its P-code', () => {
    const inconsistent = { ...unit({ ineiCode: '010105', name: 'Raro' }), level: 'province' as const };
    expect(() => new Gazetteer([...units, inconsistent])).toThrow(/level is 'province', expected 'district'/);
  });
});
