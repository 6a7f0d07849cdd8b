export {
  logTableProblems,
  ProblemLog,
  STORED_PROBLEMS_LIMIT,
  tableRefusalCode,
  type ImportProblem,
} from './import-problem';
export { ImportProblemModel } from './import-problem.model';
export { decodeUploadedFile, MAX_IMPORT_BYTES, UploadErrorCode } from './uploaded-file';
export { choiceMap, RowCells, RowProblemCode, type RowCellsContext } from './row-cells';
