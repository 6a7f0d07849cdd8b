/** A field an importer wants from the table, and how to recognise its column. */
export interface TableField {
  /** The key of the field in each row's `cells`. */
  readonly name: string;
  /** A missing required column is an error; a missing optional one is only reported as info. */
  readonly required?: boolean;
  /**
   * Accepted HXL tags, preferred first. A column matches when it has the tag's base and at least its
   * attributes: `#affected+f` accepts `#affected+f+children`.
   */
  readonly hxlTags?: readonly string[];
  /** Accepted header texts, compared without accents, case, spaces or punctuation. */
  readonly headers?: { readonly es?: readonly string[]; readonly en?: readonly string[] };
}

/** The column a field was read from. */
export interface MappedColumn {
  /** 0-based position in the row. */
  readonly index: number;
  /** As problems name it: `C` in XLSX, `3` in CSV. */
  readonly column: string | number;
  readonly header: string | null;
  /** The column's normalised hashtag, when the file has an HXL row. */
  readonly hxlTag: string | null;
  readonly matchedBy: 'hxl' | 'header';
}
