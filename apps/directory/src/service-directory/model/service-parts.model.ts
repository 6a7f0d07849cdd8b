import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ServiceSector')
export class ServiceSectorModel {
  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector: string | null;

  @Field(() => Int)
  planYear: number;
}

@ObjectType('ServiceSchedule', { description: 'A weekly opening in Lima time (UTC-5).' })
export class ServiceScheduleModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'RFC 5545 days ("MO,TU"); every day when null.' })
  byday: string | null;

  @Field({ description: 'HH:MM' })
  opensAt: string;

  @Field({ description: 'HH:MM' })
  closesAt: string;

  @Field(() => String, { nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true })
  validTo: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('ServiceLocation', { description: 'A place where the service is delivered.' })
export class ServiceLocationModel {
  @Field(() => ID, { description: 'The location (shared by the services offered there).' })
  id: string;

  @Field(() => ID)
  serviceAtLocationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  alternateName: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field()
  address1: string;

  @Field(() => String, { nullable: true })
  address2: string | null;

  @Field({ description: 'District.' })
  city: string;

  @Field(() => String, { nullable: true, description: 'Province.' })
  region: string | null;

  @Field({ description: 'Department.' })
  stateProvince: string;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field()
  pcode: string;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => [ServiceScheduleModel], { description: 'Openings here; the service-wide ones apply when empty.' })
  schedules: ServiceScheduleModel[];
}

@ObjectType('ServicePhone')
export class ServicePhoneModel {
  @Field()
  number: string;

  @Field(() => String, { nullable: true })
  type: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('ServiceContact')
export class ServiceContactModel {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [ServicePhoneModel])
  phones: ServicePhoneModel[];
}
