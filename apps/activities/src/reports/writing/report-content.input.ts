import { Field, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { MODALITIES, POPULATION_GROUPS } from '@coordination/taxonomies';

@InputType('ReportDisabilityInput', { description: 'Optional; when given, every category adds up to the total.' })
export class DisabilityInput {
  @Field(() => Int, { nullable: true })
  withDisability?: number | null;

  @Field(() => Int, { nullable: true })
  withoutDisability?: number | null;

  @Field(() => Int, { nullable: true })
  unknown?: number | null;
}

@InputType('ReportNationalityInput', { description: 'Optional; when given, every category adds up to the total.' })
export class NationalityInput {
  @Field(() => Int, { nullable: true })
  ven?: number | null;

  @Field(() => Int, { nullable: true })
  col?: number | null;

  @Field(() => Int, { nullable: true })
  per?: number | null;

  @Field(() => Int, { nullable: true })
  other?: number | null;

  @Field(() => Int, { nullable: true })
  unknown?: number | null;
}

const looseCount = z.number().nullish();

/** Codes typed by hand or pasted from a spreadsheet: spaces around them and lower case do not matter. */
const code = (pattern: RegExp, message: string) =>
  z.string().trim().toUpperCase().pipe(z.string().regex(pattern, message));

/** Shapes of the report fields; their meaning (sums, reference data) is checked by the use cases. */
export const reportFieldSchemas = {
  reportingOrganisationId: z.uuid(),
  implementingOrganisationId: z.uuid(),
  fundingOrganisationId: z.uuid(),
  projectCode: code(/^[A-Z0-9][A-Z0-9 ._/-]{0,59}$/, 'must be a project code of up to 60 letters, digits, . _ / -'),
  sector: code(/^[A-Z]{2,4}$/, 'must be a sector code such as HEA'),
  subSector: code(/^[A-Z]{2,4}$/, 'must be a sub-sector code such as GBV'),
  indicatorCode: code(/^[A-Z][A-Z0-9_-]{0,39}$/, 'must be an indicator code such as HEA-01'),
  month: z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-03'),
  pcode: code(/^PE(\d{2}){1,3}$/, 'must be a P-code such as PE15, PE1501 or PE150101'),
  siteName: z
    .string()
    .trim()
    .transform((name) => name.replace(/\s+/g, ' '))
    .pipe(z.string().min(1).max(200)),
  populationGroup: z.enum(POPULATION_GROUPS),
  modality: z.enum(MODALITIES),
  quantity: z.number().int().nonnegative().max(100_000_000),
  cells: z.object({ girls: looseCount, boys: looseCount, women: looseCount, men: looseCount, unknown: looseCount }),
  newBeneficiaries: z.number().int().nonnegative(),
  disability: z.object({ withDisability: looseCount, withoutDisability: looseCount, unknown: looseCount }),
  nationality: z.object({ ven: looseCount, col: looseCount, per: looseCount, other: looseCount, unknown: looseCount }),
};
