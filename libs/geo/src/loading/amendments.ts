import type { IsoDate } from '../admin-unit';
import { isPcode } from '../pcode';
import { isIsoDate } from '../validity';
import { parseCsvRecords } from './csv';

/**
 * Our own corrections to the upstream files, kept apart so the upstream CSVs stay byte-identical to
 * their source and can be refreshed.
 */
export const AMENDMENT_FILES = {
  /** `pcode,valid_from,valid_to,note`: a unit's validity when it differs from the data set's date. */
  validity: 'unit_validity.csv',
  /** `pcode,name,note`: a display name the accent rules cannot derive from the source. */
  names: 'name_overrides.csv',
} as const;

export interface ValidityAmendment {
  readonly pcode: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
  readonly note: string;
}

export interface NameAmendment {
  readonly pcode: string;
  readonly name: string;
  readonly note: string;
}

export function parseValidityAmendments(text: string): ValidityAmendment[] {
  return parseCsvRecords(text).map((record) => {
    const pcode = checkedPcode(record['pcode']);
    const validFrom = record['valid_from'] ?? '';
    const validTo = record['valid_to'] || null;
    if (!isIsoDate(validFrom)) throw new SyntaxError(`${pcode}: valid_from '${validFrom}' is not YYYY-MM-DD`);
    if (validTo !== null && !isIsoDate(validTo))
      throw new SyntaxError(`${pcode}: valid_to '${validTo}' is not YYYY-MM-DD`);
    if (validTo !== null && validTo < validFrom) throw new SyntaxError(`${pcode}: valid_to is before valid_from`);
    return { pcode, validFrom, validTo, note: record['note'] ?? '' };
  });
}

export function parseNameAmendments(text: string): NameAmendment[] {
  return parseCsvRecords(text).map((record) => {
    const pcode = checkedPcode(record['pcode']);
    const name = record['name']?.trim() ?? '';
    if (name === '') throw new SyntaxError(`${pcode}: empty name`);
    return { pcode, name, note: record['note'] ?? '' };
  });
}

function checkedPcode(value: string | undefined): string {
  if (value === undefined || !isPcode(value)) throw new SyntaxError(`'${value}' is not a P-code`);
  return value;
}
