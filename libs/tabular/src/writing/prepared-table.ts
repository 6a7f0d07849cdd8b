/** What every writer receives: header rows already chosen, cells already escaped. */
export interface PreparedTable {
  readonly headerRows: readonly (readonly string[])[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}
