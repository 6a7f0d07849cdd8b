import { domainError } from '@coordination/graphql';

/** Stable codes of imports; clients branch on them and users read them next to a cell. */
export const ImportErrorCode = {
  FileTooLarge: 'IMPORT.FILE_TOO_LARGE',
  NotBase64: 'IMPORT.NOT_BASE64',
  JobNotFound: 'IMPORT.JOB_NOT_FOUND',
  IdConflict: 'IMPORT.ID_CONFLICT',
  RowsInvalid: 'IMPORT.ROWS_INVALID',
  ProcessingFailed: 'IMPORT.PROCESSING_FAILED',
  MissingValue: 'IMPORT.MISSING_VALUE',
  UnknownOrganisation: 'IMPORT.UNKNOWN_ORGANISATION',
  AmbiguousOrganisation: 'IMPORT.AMBIGUOUS_ORGANISATION',
  OtherOrganisation: 'IMPORT.OTHER_ORGANISATION',
  MissingPlace: 'IMPORT.MISSING_PLACE',
  UnknownValue: 'IMPORT.UNKNOWN_VALUE',
  InvalidCode: 'IMPORT.INVALID_CODE',
  ExportTooLarge: 'EXPORT.TOO_LARGE',
} as const;

export const ImportErrors = {
  fileTooLarge: (bytes: number, limit: number) =>
    domainError(
      ImportErrorCode.FileTooLarge,
      `The file has ${bytes} bytes; at most ${limit} can be imported at once (split it by month or region)`,
      'input.contentBase64',
    ),
  notBase64: () =>
    domainError(ImportErrorCode.NotBase64, 'contentBase64 is not base64-encoded content', 'input.contentBase64'),
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
