import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImportProblemModel } from '@coordination/imports';
import { NeedsRoundModel, toNeedsRoundModel } from '../rounds/needs-round.model';
import type { NeedsImportOutcome } from './import-needs-round.use-case';

export const NeedsImportStatusEnum = {
  DRY_RUN_DONE: 'DRY_RUN_DONE',
  COMPLETED: 'COMPLETED',
  FAILED: 'FAILED',
} as const;
registerEnumType(NeedsImportStatusEnum, {
  name: 'NeedsImportStatus',
  description: 'DRY_RUN_DONE: checked, nothing written; COMPLETED: the round is published; FAILED: nothing written.',
});

@ObjectType('NeedsImport', { description: 'The outcome of importing a file of people-in-need figures.' })
export class NeedsImportModel {
  @Field(() => NeedsImportStatusEnum)
  status: keyof typeof NeedsImportStatusEnum;

  @Field()
  dryRun: boolean;

  @Field(() => String, { nullable: true, description: 'csv, xlsx, csv+hxl or xlsx+hxl, as read.' })
  format: string | null;

  @Field(() => Int, { description: 'Data rows read (title, header and empty rows not counted).' })
  rowsRead: number;

  @Field(() => Int)
  peopleInNeedFigures: number;

  @Field(() => Int)
  severityFigures: number;

  @Field(() => Int)
  errorCount: number;

  @Field(() => Int)
  warningCount: number;

  @Field(() => [ImportProblemModel], { description: 'The first 1,000 problems; the counts include all.' })
  problems: ImportProblemModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Why nothing was written: IMPORT.ROWS_INVALID, TABLE.*, NEEDS.*',
  })
  failureCode: string | null;

  @Field(() => NeedsRoundModel, {
    nullable: true,
    description: 'The round published, or for a clean dry run the round as it would be published (not stored).',
  })
  round: NeedsRoundModel | null;
}

export function toNeedsImportModel(outcome: NeedsImportOutcome): NeedsImportModel {
  return {
    status: outcome.status,
    dryRun: outcome.dryRun,
    format: outcome.format,
    rowsRead: outcome.rowsRead,
    peopleInNeedFigures: outcome.peopleInNeedFigures,
    severityFigures: outcome.severityFigures,
    errorCount: outcome.log.errorCount,
    warningCount: outcome.log.warningCount,
    problems: outcome.log.kept,
    failureCode: outcome.failureCode,
    round: outcome.round && toNeedsRoundModel(outcome.round),
  };
}
