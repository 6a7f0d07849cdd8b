export { DEFAULT_TABLE_LIMITS, type TableLimits } from './limits';
export {
  hasErrors,
  TABLE_PROBLEM_CODES,
  VALUE_PROBLEM_CODES,
  type CellLocation,
  type ProblemSeverity,
  type TableProblem,
  type TableProblemCode,
} from './problems/table-problem';

export { readTable, type ReadTableOptions, type TableReadResult } from './reading/read-table';
export { collectTable, streamTable, type StreamedTableRow, type TableStream } from './reading/stream-table';
export type { TableRow } from './reading/build-rows';
export type { MappedColumn, TableField } from './reading/table-field';
export { COMMA_DECIMAL, POINT_DECIMAL, type NumberFormat } from './reading/number-format';
export { HEADER_SEARCH_ROWS } from './reading/locate-header';
export type { TextEncoding } from './csv/decode-text';
export type { CsvDelimiter } from './csv/sniff-delimiter';

export { formatHxlTag, hxlTagMatches, isHxlTag, normaliseHxlTag, parseHxlTag, type HxlTag } from './hxl/hxl-tag';
export { escapeFormulaText, unescapeFormulaText } from './injection/formula-injection';
export { headerKey } from './text/header-key';
export { columnLetter } from './text/column-label';

export { parseInteger, parseNonNegativeInteger } from './values/parse-integer';
export { parseMonth } from './values/parse-month';
export { parseBoolean } from './values/parse-boolean';
export { normaliseCode } from './values/normalise-code';
export type { ValueResult } from './values/value-result';

export { writeTable, type TableWriteFormat, type WriteTableOptions } from './writing/write-table';
export { writeColumnsFor, type TableCellValue, type TableRecord, type WriteColumn } from './writing/write-column';
