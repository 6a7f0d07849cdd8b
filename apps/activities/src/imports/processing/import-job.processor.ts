import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { logTableProblems, ProblemLog, tableRefusalCode, type ImportProblem } from '@coordination/imports';
import { streamTable, type TableStream } from '@coordination/tabular';
import { IndicatorCatalogue } from '../../indicators/indicator-catalogue';
import { PeriodLocks } from '../../reporting-periods/period-locks';
import type { ActivityReportEntity } from '../../reports/activity-report.entity';
import { ReportQualityChecks } from '../../reports/quality/report-quality';
import { ReportChecks } from '../../reports/writing/report-checks';
import { databaseReferences, rememberingReferences } from '../../reports/writing/report-references';
import { ACTIVITY_TABLE_FIELDS } from '../file-format/activity-table-fields';
import { ImportErrorCode } from '../import.errors';
import type { ImportJobEntity } from '../job/import-job.entity';
import { ImportJobStore, MAX_IMPORT_ATTEMPTS, type JobProgress } from '../job/import-job-store';
import { OrganisationNames } from '../rows/organisation-names';
import { ImportHistory } from './import-history';
import { ImportRowChecks } from './import-row-checks';
import { ReportBatchWriter, type ReportStep } from './report-batch-writer';

/** Rows checked (and, in a commit, written) between two writes to the database. */
const CHUNK_ROWS = 1_000;
/** A progress event at least this often, in rows and in time, whichever comes first. */
const PROGRESS_EVERY_ROWS = 5_000;
const PROGRESS_EVERY_MS = 2_000;

/** Thrown inside a transaction to roll it back on purpose: a dry run, or a file with errors. */
class RollBack extends Error {}

/**
 * Runs one claimed job. Every row goes through the reports' own checks inside one transaction; a
 * dry run rolls it back, a commit writes the reports, their revisions and their events in chunks and
 * keeps them only when no row has an error — all rows or none — with the job's completion and its
 * event in the same transaction. Progress is saved and announced beside it as it goes.
 */
@Injectable()
export class ImportJobProcessor {
  private readonly logger = new Logger(ImportJobProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: ImportJobStore,
    private readonly checks: ReportChecks,
    private readonly quality: ReportQualityChecks,
    private readonly locks: PeriodLocks,
    private readonly indicators: IndicatorCatalogue,
    private readonly events: EventPublisher,
  ) {}

  async process(job: ImportJobEntity): Promise<void> {
    const progress: JobProgress = { status: 'VALIDATING', rowsTotal: null, rowsProcessed: 0, log: new ProblemLog() };
    if (job.attempts > MAX_IMPORT_ATTEMPTS) {
      progress.status = 'FAILED';
      return this.store.finishAlone(job, progress, {
        reportsCreated: 0,
        failureCode: ImportErrorCode.ProcessingFailed,
      });
    }
    try {
      await this.run(job, progress);
    } catch (error) {
      this.logger.error(`Import job ${job.id} failed on attempt ${job.attempts}: ${(error as Error).stack}`);
      await this.store.release(job).catch(() => undefined);
    }
  }

  private async run(job: ImportJobEntity, progress: JobProgress): Promise<void> {
    const content = await this.store.fileOf(job.id);
    if (!content) throw new Error(`Import job ${job.id} has no file`);
    // Rows are read as they are checked and written, so a large file never sits in memory as records.
    const table = await streamTable(content, { fields: ACTIVITY_TABLE_FIELDS, sheetName: job.sheetName ?? undefined });
    const format =
      table.format === null ? job.format : table.hxlRowNumber !== null ? `${table.format}+hxl` : table.format;
    await this.store.started(job, format);
    logTableProblems(progress.log, table.problems);
    if (!job.dryRun) progress.status = 'COMMITTING';
    let reportsCreated = 0;
    let refusedBy: string | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        reportsCreated = await this.checkAndWrite(manager, job, table, progress);
        logTableProblems(progress.log, table.endProblems);
        if (table.stoppedBy) logTableProblems(progress.log, [table.stoppedBy]);
        progress.rowsTotal = progress.rowsProcessed;
        refusedBy = tableRefusalCode(table, progress.rowsProcessed);
        if (refusedBy !== null || job.dryRun || progress.log.errorCount > 0) throw new RollBack();
        progress.status = 'COMPLETED';
        await this.store.finished(manager, job, progress, { reportsCreated });
      });
      this.store.flush();
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
      const failed = refusedBy !== null || (progress.log.errorCount > 0 && !job.dryRun);
      progress.status = failed ? 'FAILED' : 'DRY_RUN_DONE';
      await this.store.finishAlone(job, progress, {
        reportsCreated: 0,
        failureCode: refusedBy ?? (failed ? ImportErrorCode.RowsInvalid : undefined),
      });
    }
  }

  /** Checks every row; writes the reports of each chunk while no error has been found. Returns how many. */
  private async checkAndWrite(
    manager: EntityManager,
    job: ImportJobEntity,
    table: TableStream,
    progress: JobProgress,
  ): Promise<number> {
    const actor = viewerOf(job);
    const organisations = await OrganisationNames.load(manager);
    const importers = job.organisationId ? [job.organisationId] : await allOrganisationIds(manager);
    const rowChecks = new ImportRowChecks(this.checks, this.quality, this.locks, {
      manager,
      jobId: job.id,
      submit: job.submit,
      now: new Date(),
      actor,
      columns: table.columns,
      numberFormat: table.numberFormat,
      organisations,
      references: rememberingReferences(databaseReferences(manager, this.indicators)),
      history: await ImportHistory.load(manager, importers),
    });
    const writer = new ReportBatchWriter(this.events, actor, job.correlationId);
    let written = 0;
    let reportedAt = { rows: 0, time: Date.now() };
    let reports: ActivityReportEntity[] = [];
    let steps: ReportStep[] = [];
    const writeChunk = async () => {
      // Once a row has failed the commit will be rolled back, so writing more would be wasted work.
      if (!job.dryRun && progress.log.errorCount === 0) {
        await writer.write(manager, reports, steps);
        written += reports.length;
      }
      reports = [];
      steps = [];
      const due =
        progress.rowsProcessed - reportedAt.rows >= PROGRESS_EVERY_ROWS ||
        Date.now() - reportedAt.time >= PROGRESS_EVERY_MS;
      if (due) {
        await this.store.progressed(job, progress);
        reportedAt = { rows: progress.rowsProcessed, time: Date.now() };
      }
    };
    let inChunk = 0;
    for await (const row of table.rows()) {
      logTableProblems(progress.log, row.problems);
      const checked = await rowChecks.check(row);
      const problems: ImportProblem[] = checked.ok ? checked.warnings : checked.problems;
      problems.forEach((problem) => progress.log.add(problem));
      if (checked.ok) {
        reports.push(checked.report);
        steps.push(...checked.steps);
      }
      progress.rowsProcessed++;
      if (++inChunk === CHUNK_ROWS) {
        await writeChunk();
        inChunk = 0;
      }
    }
    if (!job.dryRun && progress.log.errorCount === 0 && reports.length > 0) {
      await writer.write(manager, reports, steps);
      written += reports.length;
    }
    // Chunks are written while the next ones are checked; all of them must be in before the commit.
    await writer.finished();
    return written;
  }
}

function viewerOf(job: ImportJobEntity): Viewer {
  return { ...job.actor };
}

/** A platform admin may import for anyone: the quality history then covers every organisation. */
async function allOrganisationIds(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM organisation_replica`);
  return rows.map((row) => row.id);
}
