import { buildAdminUnits, DATASET_VALID_FROM } from './build-units';
import type { UbigeoRow } from './ubigeo-rows';

const row = (overrides: Partial<UbigeoRow> & Pick<UbigeoRow, 'level' | 'ineiCode' | 'upperName'>): UbigeoRow => ({
  reniecCode: overrides.ineiCode,
  capital: null,
  region: null,
  iso3166_2: 'PE-XXX',
  ...overrides,
});

const rows: UbigeoRow[] = [
  row({ level: 'department', ineiCode: '150000', reniecCode: '140000', upperName: 'LIMA', capital: 'Lima' }),
  row({ level: 'province', ineiCode: '150100', upperName: 'LIMA', region: 'LIMA PROVINCIA' }),
  row({ level: 'province', ineiCode: '150500', upperName: 'CAÑETE', region: 'LIMA REGION', capital: 'San Vicente' }),
  row({ level: 'department', ineiCode: '100000', upperName: 'HUANUCO', capital: 'Huánuco' }),
  row({ level: 'province', ineiCode: '100100', upperName: 'HUANUCO', region: 'HUANUCO' }),
  row({ level: 'district', ineiCode: '100101', upperName: 'HUANUCO', region: 'HUANUCO', capital: 'Huánuco' }),
  row({ level: 'district', ineiCode: null, reniecCode: '170107', upperName: 'SAN ANTONIO' }),
];
const noAmendments = { validity: [], names: [] };

describe('buildAdminUnits', () => {
  it('derives P-codes, parents, accented names and the data set validity', () => {
    const { units } = buildAdminUnits(rows, noAmendments);
    const district = units.find((unit) => unit.pcode === 'PE100101');
    expect(district).toEqual({
      pcode: 'PE100101',
      level: 'district',
      ineiCode: '100101',
      reniecCode: '100101',
      name: 'Huánuco',
      nameAscii: 'Huanuco',
      parentPcode: 'PE1001',
      departmentPcode: 'PE10',
      region: 'HUANUCO',
      iso3166_2: 'PE-XXX',
      validFrom: DATASET_VALID_FROM,
      validTo: null,
    });
    // The province row has no capital of its own; the accent comes from the other capitals.
    expect(units.find((unit) => unit.pcode === 'PE1001')?.name).toBe('Huánuco');
  });

  it("gives a department the region its provinces share, and none to Lima's split", () => {
    const { units } = buildAdminUnits(rows, noAmendments);
    expect(units.find((unit) => unit.pcode === 'PE10')?.region).toBe('HUANUCO');
    expect(units.find((unit) => unit.pcode === 'PE15')?.region).toBeNull();
  });

  it('leaves out, and reports, a row without an INEI code', () => {
    const { units, skipped } = buildAdminUnits(rows, noAmendments);
    expect(units).toHaveLength(6);
    expect(skipped).toEqual([expect.objectContaining({ upperName: 'SAN ANTONIO', reniecCode: '170107' })]);
  });

  it('applies name and validity amendments', () => {
    const { units } = buildAdminUnits(rows, {
      names: [{ pcode: 'PE1505', name: 'Cañete (provincia)', note: '' }],
      validity: [{ pcode: 'PE1505', validFrom: '1821-01-01', validTo: '2030-12-31', note: '' }],
    });
    expect(units.find((unit) => unit.pcode === 'PE1505')).toMatchObject({
      name: 'Cañete (provincia)',
      validFrom: '1821-01-01',
      validTo: '2030-12-31',
    });
  });

  it('refuses amendments for unknown P-codes and codes at the wrong level', () => {
    expect(() => buildAdminUnits(rows, { names: [{ pcode: 'PE99', name: 'X', note: '' }], validity: [] })).toThrow(
      /PE99/,
    );
    const misplaced = row({ level: 'district', ineiCode: '100100', upperName: 'WRONG' });
    expect(() => buildAdminUnits([misplaced], noAmendments)).toThrow(/not a district code/);
  });
});
