import { PassThrough } from 'node:stream';
import { stream } from 'exceljs';
import { loadGazetteer } from '@coordination/geo';
import { csvText } from '../../apps/activities/src/testing/import-jobs';
import { SeededRandom } from './random';

/** The organisation every generated row reports for (inserted into the bench database's replica). */
export const BENCH_ORGANISATION = { id: '3f6c0d52-5d8a-4b8e-9a57-1f3c2b7e9d10', name: 'Asociación Benchmark del Perú' };

const HEADER = [
  '#org+reporting',
  '#sector+code',
  '#subsector+code',
  '#indicator+code',
  '#adm3+code',
  '#loc+name',
  '#date+month',
  '#population+type',
  '#modality',
  '#output+value',
  '#reached+f+children',
  '#reached+m+children',
  '#reached+f+adults',
  '#reached+m+adults',
  '#reached+unknown',
  '#reached+new',
];

const INDICATORS = [
  { sector: 'PRO', subSector: 'GBV', code: 'PRO-GBV-01' },
  { sector: 'HEA', subSector: null, code: 'HEA-01' },
] as const;
const GROUPS = ['IN_DESTINATION', 'IN_TRANSIT', 'HOST_COMMUNITY', 'RETURNEES'] as const;

/** One generated report, as the import file says it and as the COPY baseline stores it. */
export interface BenchReportRow {
  sector: string;
  subSector: string | null;
  indicatorCode: string;
  pcode: string;
  siteName: string;
  month: string;
  populationGroup: string;
  cells: [number, number, number, number, number];
  quantity: number;
  newBeneficiaries: number;
}

/** `count` valid reports (seeded, so the import and the COPY see the same ones) over 2025's first half. */
export function benchReportRows(count: number): BenchReportRow[] {
  const random = new SeededRandom(20_250_601);
  const districts = loadGazetteer()
    .list('district', { asOf: '2025-01-01' })
    .map((unit) => unit.pcode);
  return Array.from({ length: count }, (_, index) => {
    const indicator = random.pick(INDICATORS);
    const cells: BenchReportRow['cells'] = [
      random.int(40),
      random.int(40),
      random.int(60),
      random.int(60),
      random.int(5),
    ];
    const quantity = cells.reduce((sum, cell) => sum + cell, 0);
    return {
      sector: indicator.sector,
      subSector: indicator.subSector,
      indicatorCode: indicator.code,
      pcode: random.pick(districts),
      siteName: `Punto de atención ${index % 500}`,
      month: `2025-0${1 + random.int(6)}`,
      populationGroup: random.pick(GROUPS),
      cells,
      quantity,
      newBeneficiaries: random.int(quantity + 1),
    };
  });
}

/** The rows as an HXL-tagged CSV import file. */
export function benchImportCsv(rows: readonly BenchReportRow[]): string {
  return csvText(benchImportTable(rows));
}

/**
 * The same table as an XLSX workbook (one sheet, shared strings, numbers as number cells), written with
 * exceljs's streaming writer so the generating process does not hold a workbook model of every cell.
 */
export async function benchImportXlsx(rows: readonly BenchReportRow[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Datos');
  for (const row of benchImportTable(rows)) sheet.addRow([...row]).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

function benchImportTable(rows: readonly BenchReportRow[]): (string | number | null)[][] {
  return [
    HEADER,
    ...rows.map((row) => [
      BENCH_ORGANISATION.name,
      row.sector,
      row.subSector,
      row.indicatorCode,
      row.pcode,
      row.siteName,
      row.month,
      row.populationGroup,
      'SERVICE',
      row.quantity,
      ...row.cells,
      row.newBeneficiaries,
    ]),
  ];
}
