import type { AdminUnit, IsoDate } from './admin-unit';
import { departmentPcodeOf, levelOfPcode, parentPcodeOf, pcodeFromIneiCode, toSixDigitCode } from './pcode';
import { toAscii } from './text/normalize';

/** What a unit needs beyond what its INEI code already says (P-code, level, parent, department). */
export interface AdminUnitInput {
  /** 2, 4 or 6 digits: `15`, `1501`, `150101` or `150000`. */
  readonly ineiCode: string;
  readonly reniecCode?: string | null;
  /** Display name; `nameAscii` is derived from it. */
  readonly name: string;
  readonly region?: string | null;
  readonly iso3166_2: string;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate | null;
}

/** Builds a complete unit from its INEI code, for data loaders and for tests that need a small gazetteer. */
export function createAdminUnit(input: AdminUnitInput): AdminUnit {
  const ineiCode = toSixDigitCode(input.ineiCode);
  if (ineiCode === undefined) throw new RangeError(`Not an INEI UBIGEO: '${input.ineiCode}'`);
  const reniecCode = input.reniecCode ? toSixDigitCode(input.reniecCode) : null;
  if (reniecCode === undefined) throw new RangeError(`Not a RENIEC UBIGEO: '${input.reniecCode}'`);
  const pcode = pcodeFromIneiCode(ineiCode);
  return {
    pcode,
    level: levelOfPcode(pcode),
    ineiCode,
    reniecCode,
    name: input.name,
    nameAscii: toAscii(input.name),
    parentPcode: parentPcodeOf(pcode),
    departmentPcode: departmentPcodeOf(pcode),
    region: input.region ?? null,
    iso3166_2: input.iso3166_2,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
}
