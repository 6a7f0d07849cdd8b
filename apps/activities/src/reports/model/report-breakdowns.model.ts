import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportDisability')
export class DisabilityModel {
  @Field(() => Int)
  withDisability: number;

  @Field(() => Int)
  withoutDisability: number;

  @Field(() => Int)
  unknown: number;
}

@ObjectType('ReportNationality')
export class NationalityModel {
  @Field(() => Int)
  ven: number;

  @Field(() => Int)
  col: number;

  @Field(() => Int)
  per: number;

  @Field(() => Int)
  other: number;

  @Field(() => Int)
  unknown: number;
}

@ObjectType('ReportWarning', { description: 'A data-quality finding saved with the report; it did not stop the save.' })
export class ReportWarningModel {
  @Field({ description: 'Stable code, e.g. REPORT.REACHED_ABOVE_TARGET or REPORT.QUANTITY_OUTLIER.' })
  code: string;

  @Field()
  field: string;

  @Field()
  message: string;
}
