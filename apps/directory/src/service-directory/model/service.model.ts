import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';
import { OrganisationModel } from '../../organisations/organisation.model';
import type { ServiceStatus } from '../shared/service-status';
import { ServiceOperationalStatusEnum } from './service-operational-status.enum';
import {
  ServiceContactModel,
  ServiceLocationModel,
  ServicePhoneModel,
  ServiceScheduleModel,
  ServiceSectorModel,
} from './service-parts.model';

@ObjectType('Service', { description: 'A service of the directory (Open Referral HSDS 3 service).' })
@Directive('@key(fields: "id")')
export class ServiceModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => OrganisationModel, { nullable: true })
  organisation: OrganisationModel | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  alternateName: string | null;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => ServiceOperationalStatusEnum)
  status: ServiceStatus;

  @Field(() => String, { nullable: true })
  interpretationServices: string | null;

  @Field(() => String, { nullable: true })
  applicationProcess: string | null;

  @Field(() => String, { nullable: true })
  feesDescription: string | null;

  @Field(() => String, { nullable: true })
  eligibilityDescription: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge: number | null;

  @Field(() => String, { nullable: true })
  assuredDate: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes.' })
  languages: string[];

  @Field(() => [ServiceSectorModel])
  sectors: ServiceSectorModel[];

  @Field(() => [String])
  populationGroups: string[];

  @Field(() => [String])
  specificNeeds: string[];

  @Field(() => [String])
  requiredDocuments: string[];

  @Field(() => [ServiceLocationModel])
  locations: ServiceLocationModel[];

  @Field(() => [ServiceScheduleModel], { description: 'Openings wherever the service is delivered.' })
  schedules: ServiceScheduleModel[];

  @Field(() => [ServiceContactModel])
  contacts: ServiceContactModel[];

  @Field(() => [ServicePhoneModel])
  phones: ServicePhoneModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  lastModified: Date;
}

export const ServiceConnection = ConnectionType(ServiceModel, 'ServiceConnection');
