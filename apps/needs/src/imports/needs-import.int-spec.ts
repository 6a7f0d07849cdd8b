import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { writeTable, type WriteColumn } from '@coordination/tabular';
import { needsDataSourceOptions } from '../database/needs-data-source';
import { demoRound2022 } from '../demo/demo-round-2022';
import { NeedsFiguresResolver } from '../rounds/figures/needs-figures.resolver';
import { PublishNeedsRoundUseCase } from '../rounds/publish-round/publish-needs-round.use-case';
import { PUBLISHED_2022 } from '../testing/published-2022';
import { startNeedsTestModule, viewerWith, type NeedsTestModule } from '../testing/needs-test-module';
import type { ImportNeedsRoundCommand } from './import-needs-round.input';
import { ImportNeedsRoundUseCase } from './import-needs-round.use-case';

const ADMIN = viewerWith('PLATFORM_ADMIN');
const HXL_HEADER = [
  [
    'Sector',
    'Departamento',
    'Provincia',
    'Grupo',
    'PiN',
    'Niñas',
    'Niños',
    'Mujeres',
    'Hombres',
    'Desconocido',
    'Severidad',
  ],
  [
    '#sector',
    '#adm1+code',
    '#adm2+code',
    '#population+type',
    '#inneed',
    '#inneed+f+children',
    '#inneed+m+children',
    '#inneed+f+adults',
    '#inneed+m+adults',
    '#inneed+unknown',
    '#severity',
  ],
];

function csv(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))).join(',')).join('\r\n');
}

/** The demo's 2022 round as an HXL-tagged CSV, as a working group would export it from its spreadsheet. */
function file2022(): string {
  const round = demoRound2022();
  const phase = new Map(
    (round.severity ?? []).map((figure) => [`${figure.pcode}|${figure.populationGroup}`, figure.phase]),
  );
  const rows = round.peopleInNeed.map((figure) => [
    figure.sector,
    figure.pcode,
    null,
    figure.populationGroup,
    figure.peopleInNeed,
    figure.cells.girls,
    figure.cells.boys,
    figure.cells.women,
    figure.cells.men,
    figure.cells.unknown,
    phase.get(`${figure.pcode}|${figure.populationGroup}`) ?? null,
  ]);
  return csv([['Personas en necesidad 2022 (GTRM)'], ...HXL_HEADER, ...rows]);
}

describe('importing a needs-analysis round from a file (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;

  beforeAll(async () => {
    database = await createTestDatabase('needs_import', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-import'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const importFile = (content: string | Buffer, details: Partial<ImportNeedsRoundCommand>) =>
    app.get(ImportNeedsRoundUseCase).execute(
      {
        fileName: 'pin.csv',
        contentBase64: Buffer.from(content).toString('base64'),
        dryRun: false,
        analysisCode: 'TEST-JNA',
        title: 'Test round',
        planYear: 2022,
        inForceFrom: '2022-01-01',
        source: 'Test file',
        ...details,
      },
      ADMIN,
      'test',
    );
  const stored = async (table: string, analysisCode: string) =>
    (
      await database.dataSource.query(
        `SELECT count(*)::int AS n FROM ${table} JOIN needs_round r ON r.id = ${table}.round_id WHERE r.analysis_code = $1`,
        [analysisCode],
      )
    )[0].n as number;

  it('loads the published 2022 table through the importer: dry run writes nothing, the commit gives the national totals exactly', async () => {
    const dryRun = await importFile(file2022(), { analysisCode: 'GTRM-2022', dryRun: true });
    expect(dryRun).toMatchObject({ status: 'DRY_RUN_DONE', format: 'csv+hxl', failureCode: null });
    expect(dryRun.log.errorCount).toBe(0);
    expect(dryRun.rowsRead).toBe(demoRound2022().peopleInNeed.length);
    expect(await stored('people_in_need_cell', 'GTRM-2022')).toBe(0);

    const committed = await importFile(file2022(), { analysisCode: 'GTRM-2022' });
    expect(committed).toMatchObject({ status: 'COMPLETED', failureCode: null });
    expect(committed.severityFigures).toBe(demoRound2022().severity!.length);

    const totals = await app
      .get(NeedsFiguresResolver)
      .peopleInNeedTotals({ analysisCode: 'GTRM-2022', asOf: '2022-06-30' });
    expect(Object.fromEntries(totals.sectors.map((sector) => [sector.sector, sector.peopleInNeed]))).toEqual(
      PUBLISHED_2022,
    );
    const events: { n: number }[] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE topic = 'needs.pin' AND message_key = $1`,
      [committed.round!.id],
    );
    // One per people-in-need cell and per severity figure, and one for the round.
    expect(events[0].n).toBe(committed.peopleInNeedFigures + committed.severityFigures + 1);
  });

  it('lists every bad row with its code, row and field, and writes nothing', async () => {
    const content = csv([
      ...HXL_HEADER,
      ['XYZ', 'PE15', null, 'IN_DESTINATION', 10, 2, 2, 3, 3, 0, 2],
      ['HEA', 'PE99', null, 'IN_DESTINATION', 10, 2, 2, 3, 3, 0, null],
      ['HEA', null, 'PE150101', 'IN_DESTINATION', 10, 2, 2, 3, 3, 0, null], // a district: too detailed
      ['HEA', 'PE07', null, 'IN_DESTINATION', -5, null, null, null, null, null, null],
      ['EDU', 'PE13', null, 'IN_TRANSIT', 10, 2, 2, 3, 3, 0, 7],
      ['EDU', 'PE14', null, 'NOT_A_GROUP', 10, 2, 2, 3, 3, 0, null],
    ]);
    const dryRun = await importFile(content, { analysisCode: 'BAD-ROWS', dryRun: true });
    const found = dryRun.log.kept.map(({ row, field, code }) => ({ row, field, code }));
    expect(found).toEqual([
      { row: 3, field: 'sector', code: 'NEEDS.UNKNOWN_SECTOR' },
      { row: 4, field: 'adm1Code', code: 'NEEDS.UNKNOWN_PLACE' },
      { row: 5, field: 'adm2Code', code: 'NEEDS.PLACE_TOO_DETAILED' },
      { row: 6, field: 'peopleInNeed', code: 'VALUE.NEGATIVE' },
      { row: 7, field: 'severity', code: 'NEEDS.SEVERITY_OUT_OF_RANGE' },
      { row: 8, field: 'populationGroup', code: 'IMPORT.UNKNOWN_VALUE' },
    ]);
    expect(dryRun.log.kept.every((problem) => problem.column !== null)).toBe(true);
    const committed = await importFile(content, { analysisCode: 'BAD-ROWS' });
    expect(committed).toMatchObject({ status: 'FAILED', failureCode: 'IMPORT.ROWS_INVALID', round: null });
    expect(await database.dataSource.query(`SELECT 1 FROM needs_round WHERE analysis_code = 'BAD-ROWS'`)).toEqual([]);
  });

  it('puts the round’s own refusals back on their rows: cells that do not add up, a figure given twice', async () => {
    const content = csv([
      ...HXL_HEADER,
      ['HEA', 'PE15', null, 'IN_DESTINATION', 100, 20, 20, 30, 30, 0, null],
      ['HEA', 'PE07', null, 'IN_DESTINATION', 100, 20, 20, 30, 31, 0, null],
    ]);
    const result = await importFile(content, { analysisCode: 'BAD-SUM' });
    expect(result).toMatchObject({ status: 'FAILED', failureCode: 'NEEDS.CELLS_DO_NOT_ADD_UP' });
    expect(result.log.kept).toEqual([expect.objectContaining({ row: 4, code: 'NEEDS.CELLS_DO_NOT_ADD_UP' })]);
    expect(await stored('people_in_need_cell', 'BAD-SUM')).toBe(0);
  });

  it('refuses a round that supersedes a round of another analysis, writing nothing', async () => {
    const other = await app.get(PublishNeedsRoundUseCase).execute(
      {
        ...demoRound2022(),
        id: randomUUID(),
        analysisCode: 'OTHER-ANALYSIS',
      },
      ADMIN,
      'test',
    );
    const result = await importFile(
      csv([...HXL_HEADER, ['HEA', 'PE15', null, 'IN_DESTINATION', 10, 2, 2, 3, 3, 0, 2]]),
      {
        analysisCode: 'MINE',
        supersedesRoundId: other.id,
      },
    );
    expect(result).toMatchObject({ status: 'FAILED', failureCode: 'NEEDS.ROUND_OF_OTHER_ANALYSIS' });
    expect(result.log.kept).toEqual([
      expect.objectContaining({ row: null, field: 'input.supersedesRoundId', code: 'NEEDS.ROUND_OF_OTHER_ANALYSIS' }),
    ]);
    expect(await database.dataSource.query(`SELECT 1 FROM needs_round WHERE analysis_code = 'MINE'`)).toEqual([]);
  });

  it('reads an XLSX with Spanish headers and no hashtags, a severity alone on its row', async () => {
    const columns: WriteColumn[] = [
      'Sector',
      'Código de provincia',
      'Grupo poblacional',
      'Personas en necesidad',
      'Mujeres',
      'Hombres',
      'Severidad',
    ].map((header, index) => ({ field: `c${index}`, header: { es: header, en: header } }));
    const rows = [
      { c0: 'EDU', c1: 'PE1501', c2: 'En destino', c3: 40, c4: 25, c5: 15, c6: 3 },
      { c0: null, c1: 'PE0701', c2: 'En destino', c3: null, c4: null, c5: null, c6: 4 },
    ];
    const workbook = await writeTable(rows, columns, 'xlsx');
    const result = await importFile(workbook, { analysisCode: 'XLSX-ROUND', fileName: 'pin.xlsx' });
    expect(result.log.kept).toEqual([]);
    expect(result).toMatchObject({ status: 'COMPLETED', format: 'xlsx', peopleInNeedFigures: 1, severityFigures: 2 });
  });
});
