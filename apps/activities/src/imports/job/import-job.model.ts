import { ImportProblemModel } from '@coordination/imports';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IMPORT_JOB_STATUSES, type ImportJobStatus } from '@coordination/contracts';
import type { ImportJobEntity } from './import-job.entity';

export const ImportJobStatusEnum = Object.fromEntries(IMPORT_JOB_STATUSES.map((status) => [status, status])) as {
  [K in ImportJobStatus]: K;
};
registerEnumType(ImportJobStatusEnum, {
  name: 'ImportJobStatus',
  description: 'QUEUED -> VALIDATING -> DRY_RUN_DONE (dry run) or COMMITTING -> COMPLETED; FAILED writes nothing.',
});

@ObjectType('ImportJob', { description: 'An uploaded file of activity reports being checked or imported.' })
export class ImportJobModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  fileName: string;

  @Field({ description: 'csv or xlsx once read, with +hxl when the file had a hashtag row.' })
  format: string;

  @Field(() => ImportJobStatusEnum)
  status: ImportJobStatus;

  @Field()
  dryRun: boolean;

  @Field()
  submit: boolean;

  @Field(() => Int, { nullable: true })
  rowsTotal: number | null;

  @Field(() => Int)
  rowsProcessed: number;

  @Field(() => Int)
  reportsCreated: number;

  @Field(() => Int)
  errorCount: number;

  @Field(() => Int)
  warningCount: number;

  @Field(() => [ImportProblemModel], { description: 'The first 1,000 problems; the counts include all.' })
  problems: ImportProblemModel[];

  @Field(() => String, { nullable: true })
  failureCode: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt: Date | null;
}

export function toImportJobModel(job: ImportJobEntity): ImportJobModel {
  return {
    id: job.id,
    organisationId: job.organisationId,
    fileName: job.fileName,
    format: job.format,
    status: job.status,
    dryRun: job.dryRun,
    submit: job.submit,
    rowsTotal: job.rowsTotal,
    rowsProcessed: job.rowsProcessed,
    reportsCreated: job.reportsCreated,
    errorCount: job.errorCount,
    warningCount: job.warningCount,
    problems: job.problems,
    failureCode: job.failureCode,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}
