import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';

/** The same type in every subgraph that imports files (activities, needs), hence shareable. */
@ObjectType('ImportProblem', { description: 'A finding located as the spreadsheet shows it.' })
@Directive('@shareable')
export class ImportProblemModel {
  @Field(() => Int, { nullable: true, description: '1-based, title rows included.' })
  row: number | null;

  @Field(() => String, { nullable: true, description: 'A letter in XLSX, a number in CSV.' })
  column: string | null;

  @Field(() => String, { nullable: true, description: 'The importer’s field, e.g. girls or adm3Code.' })
  field: string | null;

  @Field({ description: 'Stable: TABLE.*, VALUE.*, GEO.*, DISAGGREGATION.*, REPORT.*, IMPORT.*, NEEDS.*' })
  code: string;

  @Field({ description: 'error (nothing is imported), warning (imported, worth a look)' })
  severity: string;

  @Field()
  message: string;
}
