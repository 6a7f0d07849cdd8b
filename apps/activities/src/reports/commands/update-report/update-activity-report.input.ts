import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SexAgeCellsInput } from '@coordination/graphql';
import type { Modality, PopulationGroup } from '@coordination/taxonomies';
import { z } from 'zod';
import { ModalityEnum, PopulationGroupEnum } from '../../../shared/activity-enums';
import { DisabilityInput, NationalityInput, reportFieldSchemas as fields } from '../../writing/report-content.input';
import { clientReportIdSchema } from '../create-report/create-activity-report.input';

@InputType({
  description:
    'Fields left out keep their value; `null` clears an optional one. The reporting organisation never changes.',
})
export class UpdateActivityReportInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: 'Refuse the change if the report is no longer at this version.' })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true })
  implementingOrganisationId?: string;

  @Field(() => ID, { nullable: true })
  fundingOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  projectCode?: string | null;

  @Field({ nullable: true })
  sector?: string;

  @Field(() => String, { nullable: true })
  subSector?: string | null;

  @Field({ nullable: true })
  indicatorCode?: string;

  @Field({ nullable: true })
  pcode?: string;

  @Field(() => String, { nullable: true })
  siteName?: string | null;

  @Field({ nullable: true })
  month?: string;

  @Field(() => PopulationGroupEnum, { nullable: true })
  populationGroup?: PopulationGroup;

  @Field(() => ModalityEnum, { nullable: true })
  modality?: Modality;

  @Field(() => Int, { nullable: true })
  quantity?: number;

  @Field(() => SexAgeCellsInput, { nullable: true })
  cells?: SexAgeCellsInput | null;

  @Field(() => Int, { nullable: true })
  newBeneficiaries?: number | null;

  @Field(() => DisabilityInput, { nullable: true })
  disability?: DisabilityInput | null;

  @Field(() => NationalityInput, { nullable: true })
  nationality?: NationalityInput | null;
}

export const updateActivityReportSchema = z.object({
  id: clientReportIdSchema,
  expectedVersion: z.number().int().min(1).nullish(),
  implementingOrganisationId: fields.implementingOrganisationId.optional(),
  fundingOrganisationId: fields.fundingOrganisationId.nullish(),
  projectCode: fields.projectCode.nullish(),
  sector: fields.sector.optional(),
  subSector: fields.subSector.nullish(),
  indicatorCode: fields.indicatorCode.optional(),
  pcode: fields.pcode.optional(),
  siteName: fields.siteName.nullish(),
  month: fields.month.optional(),
  populationGroup: fields.populationGroup.optional(),
  modality: fields.modality.optional(),
  quantity: fields.quantity.optional(),
  cells: fields.cells.nullish(),
  newBeneficiaries: fields.newBeneficiaries.nullish(),
  disability: fields.disability.nullish(),
  nationality: fields.nationality.nullish(),
});

export type UpdateActivityReportCommand = z.infer<typeof updateActivityReportSchema>;
