import { Field, InputType, Int } from '@nestjs/graphql';
import { ServiceOperationalStatusEnum } from '../model/service-operational-status.enum';
import type { ServiceStatus } from '../shared/service-status';
import {
  ServiceContactInput,
  ServiceLocationInput,
  ServicePhoneInput,
  ServiceScheduleInput,
  ServiceSectorInput,
} from './service-parts.input';

/** What describes a service, shared by publishService (all of it) and updateService (any part). */
@InputType({ isAbstract: true })
export class ServiceDetailsInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  alternateName?: string | null;

  @Field()
  description: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => ServiceOperationalStatusEnum, { nullable: true, description: 'ACTIVE when publishing by default.' })
  status?: ServiceStatus | null;

  @Field(() => String, { nullable: true })
  interpretationServices?: string | null;

  @Field(() => String, { nullable: true })
  applicationProcess?: string | null;

  @Field(() => String, { nullable: true })
  feesDescription?: string | null;

  @Field(() => String, { nullable: true })
  eligibilityDescription?: string | null;

  @Field(() => Int, { nullable: true })
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true })
  maximumAge?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the details were last checked.' })
  assuredDate?: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages staff speak, e.g. ["es", "qu"].' })
  languages: string[];

  @Field(() => [ServiceSectorInput])
  sectors: ServiceSectorInput[];

  @Field(() => [String], {
    nullable: true,
    description: 'IN_DESTINATION, IN_TRANSIT, PENDULAR, HOST_COMMUNITY, RETURNEES.',
  })
  populationGroups?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'UASC, GBV_SURVIVOR, TRAFFICKING_SMUGGLING_VICTIM, LGBTIQ, DISABILITY, OLDER_PERSON, PREGNANT_LACTATING.',
  })
  specificNeeds?: string[] | null;

  @Field(() => [String], { nullable: true })
  requiredDocuments?: string[] | null;

  @Field(() => [ServiceLocationInput], { nullable: true })
  locations?: ServiceLocationInput[] | null;

  @Field(() => [ServiceScheduleInput], { nullable: true, description: 'Openings wherever the service is delivered.' })
  schedules?: ServiceScheduleInput[] | null;

  @Field(() => [ServiceContactInput], { nullable: true })
  contacts?: ServiceContactInput[] | null;

  @Field(() => [ServicePhoneInput], { nullable: true })
  phones?: ServicePhoneInput[] | null;
}
