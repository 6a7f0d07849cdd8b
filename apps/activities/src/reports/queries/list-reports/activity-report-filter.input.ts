import { Field, ID, InputType } from '@nestjs/graphql';
import type { ReportStatus } from '@coordination/contracts';
import type { PopulationGroup } from '@coordination/taxonomies';
import { z } from 'zod';
import { PopulationGroupEnum, ReportStatusEnum } from '../../../shared/activity-enums';
import { reportFieldSchemas as fields } from '../../writing/report-content.input';

@InputType({ description: 'Every criterion given must match.' })
export class ActivityReportFilterInput {
  @Field(() => String, { nullable: true })
  sector?: string | null;

  @Field(() => String, { nullable: true })
  indicatorCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The reporting or the implementing organisation.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A P-code of any level: reports at it or inside it.' })
  pcode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, inclusive.' })
  monthFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM, inclusive.' })
  monthTo?: string | null;

  @Field(() => ReportStatusEnum, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => PopulationGroupEnum, { nullable: true })
  populationGroup?: PopulationGroup | null;
}

export const activityReportFilterSchema = z.object({
  sector: fields.sector.nullish(),
  indicatorCode: fields.indicatorCode.nullish(),
  organisationId: z.uuid().nullish(),
  pcode: fields.pcode.nullish(),
  monthFrom: fields.month.nullish(),
  monthTo: fields.month.nullish(),
  status: z.string().nullish(),
  populationGroup: z.string().nullish(),
});

export type ActivityReportCriteria = z.infer<typeof activityReportFilterSchema>;
