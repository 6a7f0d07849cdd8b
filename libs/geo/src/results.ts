import type { AdminUnit } from './admin-unit';

/** Stable error codes: importers and APIs may branch on them and show them to users. */
export const GEO_ERROR_CODES = {
  /** Looks like a P-code, but no unit has it (at the requested date, level and parent). */
  unknownPcode: 'GEO.UNKNOWN_PCODE',
  /** A well-formed INEI or RENIEC code that no unit has (at the requested date, level and parent). */
  unknownCode: 'GEO.UNKNOWN_CODE',
  /** With `coding: 'auto'`, the code is one unit in INEI coding and another in RENIEC coding. */
  codeAmbiguous: 'GEO.CODE_AMBIGUOUS',
  nameNotFound: 'GEO.NAME_NOT_FOUND',
  nameAmbiguous: 'GEO.NAME_AMBIGUOUS',
  /** Empty input, a code of the wrong length, a malformed P-code or date. */
  invalidInput: 'GEO.INVALID_INPUT',
} as const;

export type GeoErrorCode = (typeof GEO_ERROR_CODES)[keyof typeof GEO_ERROR_CODES];

export interface GeoError {
  readonly code: GeoErrorCode;
  readonly message: string;
}

export interface Found {
  readonly status: 'found';
  readonly unit: AdminUnit;
}

export interface Ambiguous {
  readonly status: 'ambiguous';
  /** Every unit that matches, departments first, then by P-code. */
  readonly candidates: readonly AdminUnit[];
}

export interface NotFound {
  readonly status: 'not_found';
  /** Up to five units with the nearest names, nearest first; empty for codes. */
  readonly suggestions: readonly AdminUnit[];
}

/** Outcome of a name lookup. */
export type NameMatch = Found | Ambiguous | NotFound;

/**
 * Which reading of the input produced the result. `inei_or_reniec_code` is for `coding: 'auto'` when
 * both readings were tried and agree, conflict or both fail.
 */
export type ResolveRule = 'pcode' | 'inei_code' | 'reniec_code' | 'inei_or_reniec_code' | 'name';

export type ResolveResult =
  | (Found & { readonly rule: ResolveRule })
  | (Ambiguous & { readonly rule: ResolveRule; readonly error: GeoError })
  | (NotFound & { readonly rule: ResolveRule; readonly error: GeoError })
  | { readonly status: 'invalid'; readonly error: GeoError };
