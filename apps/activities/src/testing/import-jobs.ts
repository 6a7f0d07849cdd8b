import type { Viewer } from '@coordination/auth';
import type { ImportJobEntity } from '../imports/job/import-job.entity';
import { ImportJobReader } from '../imports/job/import-job-reader';
import type { StartActivityImportCommand } from '../imports/start-import/start-activity-import.input';
import { StartActivityImportUseCase } from '../imports/start-import/start-activity-import.use-case';
import { ImportWorker } from '../imports/worker/import-worker';
import type { ActivitiesTestModule } from './activities-test-module';

/** CSV text from rows of cells (quoted when needed), lines joined with CRLF as Excel writes them. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], delimiter = ','): string {
  const quote = (cell: string | number | null) => {
    const text = cell === null ? '' : String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n');
}

export interface ImportRequest extends Partial<StartActivityImportCommand> {
  content: Buffer | string;
}

/** Uploads a file as the mutation would, runs the worker once, and returns the job as it ended. */
export async function importFile(
  app: ActivitiesTestModule,
  request: ImportRequest,
  actor: Viewer,
): Promise<ImportJobEntity> {
  const job = await queueImport(app, request, actor);
  await app.get(ImportWorker).processNext();
  return app.get(ImportJobReader).visibleJob(job.id, actor);
}

export function queueImport(
  app: ActivitiesTestModule,
  request: ImportRequest,
  actor: Viewer,
): Promise<ImportJobEntity> {
  const { content, ...rest } = request;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return app
    .get(StartActivityImportUseCase)
    .execute(
      { fileName: 'reporte-5w.csv', dryRun: false, ...rest, contentBase64: bytes.toString('base64') },
      actor,
      `corr-import-${Date.now()}`,
    );
}

/** Problems as `code@row:column` (the column is what the user sees: a number in CSV, a letter in XLSX). */
export function locatedCodes(job: ImportJobEntity, severity = 'error'): string[] {
  return job.problems
    .filter((problem) => problem.severity === severity)
    .map((problem) => `${problem.code}@${problem.row}:${problem.column}`);
}

/** The header of the test files that give places by UBIGEO code. */
export const CODE_HEADER = [
  'Organización que reporta',
  'Sector',
  'Subsector',
  'Indicador',
  'Ubigeo',
  'Mes',
  'Grupo poblacional',
  'Modalidad',
  'Cantidad',
  'Niñas',
  'Niños',
  'Mujeres',
  'Hombres',
  'Desconocido',
  'Nuevos beneficiarios',
];
export const column = (header: string) => CODE_HEADER.indexOf(header) + 1;
export type Row = (string | number | null)[];
/** A valid row (40 GBV survivors in San Juan de Lurigancho, March 2025), changed where a test needs. */
export const goodRow = (overrides: Partial<Record<string, string | number | null>> = {}): Row =>
  CODE_HEADER.map((header) =>
    header in overrides
      ? overrides[header]!
      : (
          {
            'Organización que reporta': 'Cáritas del Perú',
            Sector: 'PRO',
            Subsector: 'GBV',
            Indicador: 'PRO-GBV-01',
            Ubigeo: '150132',
            Mes: '2025-03',
            'Grupo poblacional': 'IN_DESTINATION',
            Modalidad: 'SERVICE',
            Cantidad: 40,
            Niñas: 6,
            Niños: 0,
            Mujeres: 32,
            Hombres: 0,
            Desconocido: 2,
            'Nuevos beneficiarios': 25,
          } as Record<string, string | number>
        )[header],
  );
