import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SexAgeCellsInput } from '@coordination/graphql';
import { reportIdSchema } from '@coordination/contracts';
import type { Modality, PopulationGroup } from '@coordination/taxonomies';
import { z } from 'zod';
import { ModalityEnum, PopulationGroupEnum } from '../../../shared/activity-enums';
import { DisabilityInput, NationalityInput, reportFieldSchemas as fields } from '../../writing/report-content.input';

@InputType()
export class CreateActivityReportInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Client-chosen UUID or ULID; sending the same report again with it is harmless.',
  })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the caller’s organisation.' })
  reportingOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who carried the activity out; defaults to the reporter.' })
  implementingOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  fundingOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  projectCode?: string | null;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the indicator’s sub-sector.' })
  subSector?: string | null;

  @Field()
  indicatorCode: string;

  @Field({ description: 'Department, province or district P-code, valid in the month reported.' })
  pcode: string;

  @Field(() => String, { nullable: true, description: 'E.g. a shelter, school or health post.' })
  siteName?: string | null;

  @Field({ description: 'YYYY-MM, not after the current month.' })
  month: string;

  @Field(() => PopulationGroupEnum)
  populationGroup: PopulationGroup;

  @Field(() => ModalityEnum)
  modality: Modality;

  @Field(() => Int, { description: 'How many, in the indicator’s unit (people reached, items...).' })
  quantity: number;

  @Field(() => SexAgeCellsInput, { nullable: true, description: 'For indicators counting people.' })
  cells?: SexAgeCellsInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Of the people reached, how many are new to the partner under this indicator this year.',
  })
  newBeneficiaries?: number | null;

  @Field(() => DisabilityInput, { nullable: true })
  disability?: DisabilityInput | null;

  @Field(() => NationalityInput, { nullable: true })
  nationality?: NationalityInput | null;
}

/** A UUID in lower case, a ULID in upper case: the same id however the client spelt it. */
export const clientReportIdSchema = z
  .string()
  .trim()
  .transform((id) => (id.includes('-') ? id.toLowerCase() : id.toUpperCase()))
  .pipe(reportIdSchema);

export const createActivityReportSchema = z.object({
  id: clientReportIdSchema.nullish(),
  reportingOrganisationId: fields.reportingOrganisationId.nullish(),
  implementingOrganisationId: fields.implementingOrganisationId.nullish(),
  fundingOrganisationId: fields.fundingOrganisationId.nullish(),
  projectCode: fields.projectCode.nullish(),
  sector: fields.sector,
  subSector: fields.subSector.nullish(),
  indicatorCode: fields.indicatorCode,
  pcode: fields.pcode,
  siteName: fields.siteName.nullish(),
  month: fields.month,
  populationGroup: fields.populationGroup,
  modality: fields.modality,
  quantity: fields.quantity,
  cells: fields.cells.nullish(),
  newBeneficiaries: fields.newBeneficiaries.nullish(),
  disability: fields.disability.nullish(),
  nationality: fields.nationality.nullish(),
});

export type CreateActivityReportCommand = z.infer<typeof createActivityReportSchema>;
