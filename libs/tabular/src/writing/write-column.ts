import type { TableField } from '../reading/table-field';

/** A column of an export: which field it shows, under which header and hashtag. */
export interface WriteColumn {
  readonly field: string;
  readonly header: { readonly es: string; readonly en: string };
  /** Written in the hashtag row of `hxl-csv` (and of XLSX with `hxl: true`); normalised on writing. */
  readonly hxlTag?: string;
}

/** Number cells stay numbers (never quoted); everything else is text. */
export type TableCellValue = string | number | null | undefined;

export type TableRecord = Readonly<Record<string, TableCellValue>>;

/**
 * The export columns for the fields an importer reads, using each field's preferred tag and first header,
 * so a template or export made from them re-imports through the same field list.
 */
export function writeColumnsFor(fields: readonly TableField[]): WriteColumn[] {
  return fields.map((field) => {
    const es = field.headers?.es?.[0] ?? field.headers?.en?.[0] ?? field.name;
    const en = field.headers?.en?.[0] ?? es;
    const hxlTag = field.hxlTags?.[0];
    return hxlTag === undefined
      ? { field: field.name, header: { es, en } }
      : { field: field.name, header: { es, en }, hxlTag };
  });
}
