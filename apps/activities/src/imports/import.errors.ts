import { domainError } from '@coordination/graphql';
import { RowProblemCode, UploadErrorCode } from '@coordination/imports';

/** Stable codes of imports; clients branch on them and users read them next to a cell. */
export const ImportErrorCode = {
  ...UploadErrorCode,
  ...RowProblemCode,
  JobNotFound: 'IMPORT.JOB_NOT_FOUND',
  IdConflict: 'IMPORT.ID_CONFLICT',
  RowsInvalid: 'IMPORT.ROWS_INVALID',
  ProcessingFailed: 'IMPORT.PROCESSING_FAILED',
  UnknownOrganisation: 'IMPORT.UNKNOWN_ORGANISATION',
  AmbiguousOrganisation: 'IMPORT.AMBIGUOUS_ORGANISATION',
  OtherOrganisation: 'IMPORT.OTHER_ORGANISATION',
  MissingPlace: 'IMPORT.MISSING_PLACE',
  ExportTooLarge: 'EXPORT.TOO_LARGE',
} as const;

export const ImportErrors = {
  idConflict: (id: string) =>
    domainError(ImportErrorCode.IdConflict, `Import job ${id} already exists; choose a new id`, 'input.id'),
  jobNotFound: (id: string) => domainError(ImportErrorCode.JobNotFound, `No import job with id ${id}`, 'id'),
  exportTooLarge: (rows: number, limit: number) =>
    domainError(
      ImportErrorCode.ExportTooLarge,
      `${rows} reports match; an export holds at most ${limit}: narrow the filter (e.g. by month)`,
      'filter',
    ),
};
