import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A sector (and optional sub-sector) of the R4V taxonomy the service belongs to.' })
export class ServiceSectorInput {
  @Field({ description: 'EDU, FSC, HEA, HTR, INT, NUT, PRO, SHE, WSH or MPC.' })
  sector: string;

  @Field(() => String, { nullable: true, description: 'CP, GBV, HTS or REG (under PRO).' })
  subSector?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plan year of the taxonomy; the current one by default.' })
  planYear?: number | null;
}

@InputType({ description: 'A weekly opening in Lima time (UTC-5), as an HSDS schedule.' })
export class ServiceScheduleInput {
  @Field(() => String, { nullable: true, description: 'RFC 5545 days, e.g. "MO,TU,WE,TH,FR"; every day if null.' })
  byday?: string | null;

  @Field({ description: 'HH:MM, Lima time.' })
  opensAt: string;

  @Field({ description: 'HH:MM, Lima time; 24:00 for midnight.' })
  closesAt: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day the schedule applies.' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day the schedule applies.' })
  validTo?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Where the service is delivered (an HSDS location of the organisation).' })
export class ServiceLocationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'To share a location between services; derived from organisation, P-code, name and address if null.',
  })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  alternateName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field({ description: 'Street and number.' })
  address1: string;

  @Field(() => String, { nullable: true })
  address2?: string | null;

  @Field(() => String, { nullable: true })
  postalCode?: string | null;

  @Field({ description: 'P-code of the district (or province, department) the location lies in.' })
  pcode: string;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => [ServiceScheduleInput], {
    nullable: true,
    description: 'Openings at this location; the service-wide schedules apply when empty.',
  })
  schedules?: ServiceScheduleInput[] | null;
}

@InputType()
export class ServicePhoneInput {
  @Field()
  number: string;

  @Field(() => String, { nullable: true, description: 'voice, text, cell, fax, video, pager or textphone.' })
  type?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'A public contact point of the service (a desk or role, not a private person).' })
export class ServiceContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => [ServicePhoneInput], { nullable: true })
  phones?: ServicePhoneInput[] | null;
}
