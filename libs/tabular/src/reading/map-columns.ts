import { formatHxlTag, hxlTagMatches, parseHxlTag, type HxlTag } from '../hxl/hxl-tag';
import { TABLE_PROBLEM_CODES, tableProblem, type TableProblem } from '../problems/table-problem';
import { headerKey } from '../text/header-key';
import type { MappedColumn, TableField } from './table-field';

export interface ColumnMapping {
  readonly columns: Readonly<Record<string, MappedColumn | null>>;
  /** Columns mapped or already reported; values in any other column need a warning of their own. */
  readonly accountedColumns: ReadonlySet<number>;
  readonly problems: TableProblem[];
}

export interface HeadRows {
  readonly header: readonly (string | null)[];
  readonly hxl: readonly (string | null)[];
  /** 1-based row number that column problems point at. */
  readonly rowNumber: number;
  readonly columnLabel: (index: number) => string | number;
}

interface FieldPatterns {
  readonly field: TableField;
  readonly tags: readonly HxlTag[];
  readonly headerKeys: ReadonlySet<string>;
}

interface TagCandidate {
  readonly fieldIndex: number;
  readonly columnIndex: number;
  /** The column has exactly the pattern's attributes, no more. */
  readonly exact: boolean;
  readonly specificity: number;
  readonly preference: number;
}

/**
 * Assigns each field one column. Tags decide first: exact tags before tags with extra attributes, more
 * specific patterns before general ones, a field's preferred tag before its alternatives, left before
 * right; so `#affected+f` and `#affected+f+children` in one file go to the fields asking for exactly
 * those. Fields no tag matched then look for their header text among the remaining columns.
 */
export function mapColumns(fields: readonly TableField[], head: HeadRows): ColumnMapping {
  const names = new Set(fields.map((field) => field.name));
  if (names.size !== fields.length) throw new TypeError('Two fields have the same name');
  const patterns = fields.map(compileField);
  const width = Math.max(head.header.length, head.hxl.length);
  const columnTags = Array.from({ length: width }, (_, index) => parseHxlTag(head.hxl[index] ?? ''));
  const columnKeys = Array.from({ length: width }, (_, index) => headerKey(head.header[index] ?? ''));
  const assigned = new Map<number, MappedColumn>();
  const takenColumns = new Set<number>();

  const describe = (index: number, matchedBy: MappedColumn['matchedBy']): MappedColumn => ({
    index,
    column: head.columnLabel(index),
    header: head.header[index] ?? null,
    hxlTag: columnTags[index] === undefined ? null : formatHxlTag(columnTags[index]),
    matchedBy,
  });

  for (const candidate of tagCandidates(patterns, columnTags)) {
    if (assigned.has(candidate.fieldIndex) || takenColumns.has(candidate.columnIndex)) continue;
    assigned.set(candidate.fieldIndex, describe(candidate.columnIndex, 'hxl'));
    takenColumns.add(candidate.columnIndex);
  }
  patterns.forEach((pattern, fieldIndex) => {
    if (assigned.has(fieldIndex)) return;
    const columnIndex = columnKeys.findIndex((key, index) => !takenColumns.has(index) && pattern.headerKeys.has(key));
    if (columnIndex < 0) return;
    assigned.set(fieldIndex, describe(columnIndex, 'header'));
    takenColumns.add(columnIndex);
  });

  const problems: TableProblem[] = [];
  const duplicates = new Set<number>();
  patterns.forEach((pattern, fieldIndex) => {
    const mapped = assigned.get(fieldIndex);
    if (mapped === undefined) {
      problems.push(missingColumn(pattern.field, head.rowNumber));
      return;
    }
    for (let index = 0; index < width; index++) {
      if (takenColumns.has(index) || duplicates.has(index)) continue;
      const sameTag = mapped.matchedBy === 'hxl' && pattern.tags.some((tag) => matches(columnTags[index], tag));
      const sameHeader = mapped.matchedBy === 'header' && pattern.headerKeys.has(columnKeys[index]!);
      if (!sameTag && !sameHeader) continue;
      duplicates.add(index);
      problems.push(duplicateColumn(pattern.field.name, head.columnLabel(index), mapped.column, head.rowNumber));
    }
  });

  const accountedColumns = new Set([...takenColumns, ...duplicates]);
  for (let index = 0; index < width; index++) {
    const label = [head.header[index], head.hxl[index]].filter((text) => text != null).join(' ');
    if (accountedColumns.has(index) || label === '') continue;
    accountedColumns.add(index);
    problems.push(unmappedColumn(label, head.columnLabel(index), head.rowNumber));
  }

  const columns = Object.fromEntries(fields.map((field, index) => [field.name, assigned.get(index) ?? null]));
  return { columns, accountedColumns, problems };
}

function compileField(field: TableField): FieldPatterns {
  const tags = (field.hxlTags ?? []).map((text) => {
    const tag = parseHxlTag(text);
    if (tag === undefined) throw new TypeError(`Field "${field.name}" has an invalid HXL tag: "${text}"`);
    return tag;
  });
  const headers = [...(field.headers?.es ?? []), ...(field.headers?.en ?? [])];
  return { field, tags, headerKeys: new Set(headers.map(headerKey).filter((key) => key !== '')) };
}

function tagCandidates(
  patterns: readonly FieldPatterns[],
  columnTags: readonly (HxlTag | undefined)[],
): TagCandidate[] {
  const candidates: TagCandidate[] = [];
  patterns.forEach((pattern, fieldIndex) =>
    pattern.tags.forEach((tag, preference) =>
      columnTags.forEach((columnTag, columnIndex) => {
        if (!matches(columnTag, tag)) return;
        const exact = columnTag!.attributes.length === tag.attributes.length;
        candidates.push({ fieldIndex, columnIndex, exact, specificity: tag.attributes.length, preference });
      }),
    ),
  );
  return candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.specificity - a.specificity ||
      a.preference - b.preference ||
      a.columnIndex - b.columnIndex,
  );
}

function matches(columnTag: HxlTag | undefined, pattern: HxlTag): boolean {
  return columnTag !== undefined && hxlTagMatches(columnTag, pattern);
}

function missingColumn(field: TableField, row: number): TableProblem {
  const accepted = [...(field.hxlTags ?? []), ...(field.headers?.es ?? []), ...(field.headers?.en ?? [])];
  const severity = field.required === true ? 'error' : 'info';
  const what = field.required === true ? 'required' : 'optional';
  return tableProblem(
    TABLE_PROBLEM_CODES.missingColumn,
    severity,
    `No column for the ${what} field "${field.name}"; expected one of: ${accepted.map((text) => `"${text}"`).join(', ')}.`,
    { row, field: field.name },
  );
}

function duplicateColumn(field: string, column: string | number, used: string | number, row: number): TableProblem {
  return tableProblem(
    TABLE_PROBLEM_CODES.duplicateColumn,
    'warning',
    `Column ${column} also matches the field "${field}"; column ${used} is used and column ${column} is ignored.`,
    { row, column, field },
  );
}

function unmappedColumn(label: string, column: string | number, row: number): TableProblem {
  return tableProblem(
    TABLE_PROBLEM_CODES.unmappedColumn,
    'warning',
    `Column ${column} ("${label}") matches no field; its values are ignored.`,
    { row, column },
  );
}
