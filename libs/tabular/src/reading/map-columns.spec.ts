import { TABLE_PROBLEM_CODES } from '../problems/table-problem';
import { columnLetter } from '../text/column-label';
import { mapColumns } from './map-columns';
import type { TableField } from './table-field';

const head = (header: (string | null)[], hxl: (string | null)[] = []) => ({
  header,
  hxl,
  rowNumber: 1,
  columnLabel: columnLetter,
});

describe('mapColumns', () => {
  const fields: TableField[] = [
    { name: 'affected', hxlTags: ['#affected'] },
    { name: 'affectedWomen', hxlTags: ['#affected+f+adults'] },
    { name: 'affectedFemale', hxlTags: ['#affected+f'] },
  ];

  it('gives each tagged column to the field asking for exactly its tag before looser matches', () => {
    const mapping = mapColumns(fields, head([], ['#affected +adults +f', '#affected +f', '#affected']));
    expect(mapping.columns.affectedWomen?.index).toBe(0);
    expect(mapping.columns.affectedFemale?.index).toBe(1);
    expect(mapping.columns.affected?.index).toBe(2);
    expect(mapping.problems).toEqual([]);
  });

  it('lets a general pattern take a column with extra attributes when nothing more specific wants it', () => {
    const mapping = mapColumns([{ name: 'reached', hxlTags: ['#reached'] }], head([], ['#reached+total']));
    expect(mapping.columns.reached).toMatchObject({ index: 0, hxlTag: '#reached+total', matchedBy: 'hxl' });
  });

  it('matches headers ignoring accents, case, spacing and punctuation, in Spanish or English', () => {
    const mapping = mapColumns(
      [
        { name: 'girls', headers: { es: ['Nº de niñas (0-17)'], en: ['Girls'] } },
        { name: 'partner', headers: { es: ['Organización'], en: ['Partner'] } },
      ],
      head(['N de NINAS 0 17', ' partner ']),
    );
    expect(mapping.columns.girls).toMatchObject({ index: 0, matchedBy: 'header' });
    expect(mapping.columns.partner).toMatchObject({ index: 1, header: ' partner ' });
  });

  it('falls back to headers for fields no tag matched', () => {
    const mapping = mapColumns(
      [
        { name: 'org', hxlTags: ['#org'], headers: { es: ['Socio'] } },
        { name: 'month', hxlTags: ['#date+month'], headers: { es: ['Mes'] } },
      ],
      head(['Socio', 'Mes'], ['#org', null]),
    );
    expect(mapping.columns.org?.matchedBy).toBe('hxl');
    expect(mapping.columns.month?.matchedBy).toBe('header');
  });

  it('warns about a second column matching a mapped field and about columns matching none', () => {
    const mapping = mapColumns(
      [{ name: 'org', required: true, hxlTags: ['#org'] }],
      head(['Socio', 'Socio 2', 'Notas', null], ['#org', '#org', '#meta', null]),
    );
    expect(mapping.columns.org?.index).toBe(0);
    expect(mapping.problems).toEqual([
      expect.objectContaining({
        code: TABLE_PROBLEM_CODES.duplicateColumn,
        severity: 'warning',
        column: 'B',
        field: 'org',
      }),
      expect.objectContaining({ code: TABLE_PROBLEM_CODES.unmappedColumn, severity: 'warning', column: 'C' }),
    ]);
    expect([...mapping.accountedColumns].sort()).toEqual([0, 1, 2]);
  });

  it('reports missing columns: an error when required, info when optional', () => {
    const mapping = mapColumns(
      [
        { name: 'org', required: true, hxlTags: ['#org'], headers: { es: ['Socio'] } },
        { name: 'notes', headers: { en: ['Notes'] } },
      ],
      head(['Distrito', 'Mes']),
    );
    expect(mapping.columns).toEqual({ org: null, notes: null });
    expect(mapping.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.missingColumn, severity: 'error', field: 'org', row: 1 }),
        expect.objectContaining({ code: TABLE_PROBLEM_CODES.missingColumn, severity: 'info', field: 'notes' }),
      ]),
    );
    expect(mapping.problems[0]?.message).toContain('"#org", "Socio"');
  });

  it('refuses an invalid field definition', () => {
    expect(() => mapColumns([{ name: 'x', hxlTags: ['org'] }], head(['a']))).toThrow(TypeError);
    expect(() => mapColumns([{ name: 'x' }, { name: 'x' }], head(['a']))).toThrow(TypeError);
  });
});
