import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlaceLevel, ReportStatus } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import { PartnerOrganisationModel } from '../../partner-organisations/partner-organisation.model';
import { ModalityEnum, PlaceLevelEnum, PopulationGroupEnum, ReportStatusEnum } from '../../shared/activity-enums';
import { SexAgeCellsModel } from '@coordination/graphql';
import { DisabilityModel, NationalityModel, ReportWarningModel } from './report-breakdowns.model';

@ObjectType('ActivityReport', { description: 'One row of a partner’s 5W: who did what, where, when, for whom.' })
export class ActivityReportModel {
  @Field(() => ID)
  id: string;

  @Field(() => ReportStatusEnum)
  status: ReportStatus;

  @Field(() => Int, { description: 'Grows with every change; pass it as expectedVersion to avoid lost updates.' })
  version: number;

  @Field(() => ID)
  reportingOrganisationId: string;

  @Field(() => PartnerOrganisationModel, { nullable: true })
  reportingOrganisation: PartnerOrganisationModel | null;

  @Field(() => ID)
  implementingOrganisationId: string;

  @Field(() => PartnerOrganisationModel, { nullable: true })
  implementingOrganisation: PartnerOrganisationModel | null;

  @Field(() => ID, { nullable: true })
  fundingOrganisationId: string | null;

  @Field(() => PartnerOrganisationModel, { nullable: true })
  fundingOrganisation: PartnerOrganisationModel | null;

  @Field(() => String, { nullable: true })
  projectCode: string | null;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector: string | null;

  @Field()
  indicatorCode: string;

  @Field(() => Int)
  planYear: number;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  placeName: string | null;

  @Field(() => PlaceLevelEnum)
  placeLevel: PlaceLevel;

  @Field()
  departmentPcode: string;

  @Field(() => String, { nullable: true })
  provincePcode: string | null;

  @Field(() => String, { nullable: true })
  siteName: string | null;

  @Field(() => PopulationGroupEnum)
  populationGroup: string;

  @Field(() => ModalityEnum)
  modality: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => SexAgeCellsModel, { nullable: true })
  cells: SexAgeCellsModel | null;

  @Field(() => Int, { nullable: true })
  newBeneficiaries: number | null;

  @Field(() => DisabilityModel, { nullable: true })
  disability: DisabilityModel | null;

  @Field(() => NationalityModel, { nullable: true })
  nationality: NationalityModel | null;

  @Field(() => [ReportWarningModel])
  warnings: ReportWarningModel[];

  @Field(() => String, { nullable: true, description: 'The coordinator’s comment when it was last returned.' })
  returnComment: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  reviewedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set on the answer to deleteActivityReport.' })
  deletedAt: Date | null;
}

export const ActivityReportConnection = ConnectionType(ActivityReportModel, 'ActivityReportConnection');
