import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import {
  decodeUploadedFile,
  logTableProblems,
  ProblemLog,
  tableRefusalCode,
  type ImportProblem,
} from '@coordination/imports';
import { streamTable } from '@coordination/tabular';
import { todayInLima } from '../shared/lima-date';
import type { NeedsRoundEntity } from '../rounds/needs-round.entity';
import type {
  PeopleInNeedFigureCommand,
  SeverityFigureCommand,
} from '../rounds/publish-round/publish-needs-round.input';
import { PublishNeedsRoundUseCase } from '../rounds/publish-round/publish-needs-round.use-case';
import type { ImportNeedsRoundCommand } from './import-needs-round.input';
import { NEEDS_TABLE_FIELDS, type NeedsTableFieldName } from './needs-table-fields';
import { readNeedsRow } from './read-needs-row';

export type NeedsImportStatus = 'DRY_RUN_DONE' | 'COMPLETED' | 'FAILED';

export interface NeedsImportOutcome {
  status: NeedsImportStatus;
  dryRun: boolean;
  format: string | null;
  rowsRead: number;
  peopleInNeedFigures: number;
  severityFigures: number;
  log: ProblemLog;
  /** Why nothing was imported, when it was not. */
  failureCode: string | null;
  /** The published round (commit), or the round as it would be published (dry run without problems). */
  round: NeedsRoundEntity | null;
}

/** Where each figure of the round came from in the file, to put the round's refusals back on their rows. */
interface FigureOrigin {
  rowNumber: number;
  placeField: NeedsTableFieldName;
}

const ROWS_INVALID = 'IMPORT.ROWS_INVALID';
const SEVERITY_CONFLICT = 'NEEDS.SEVERITY_CONFLICT';

/**
 * Imports a needs-analysis round from a file: every row is read and checked (all problems at once,
 * located), then the round is checked and written by the round publication itself in one
 * transaction, with its events, or rolled back for a dry run. A file with any error writes nothing.
 * A round is a few thousand to tens of thousands of figures, published as one, so this runs within
 * the request; 4W files of 100,000 rows run as jobs instead (apps/activities/src/imports).
 */
@Injectable()
export class ImportNeedsRoundUseCase {
  constructor(private readonly publish: PublishNeedsRoundUseCase) {}

  async execute(command: ImportNeedsRoundCommand, actor: Viewer, correlationId: string): Promise<NeedsImportOutcome> {
    assertAuthorized(actor, 'administer');
    const content = decodeUploadedFile(command.contentBase64);
    const inForceFrom = command.inForceFrom ?? todayInLima();
    const table = await streamTable(content, { fields: NEEDS_TABLE_FIELDS, sheetName: command.sheetName ?? undefined });
    const log = new ProblemLog();
    logTableProblems(log, table.problems);
    const peopleInNeed: PeopleInNeedFigureCommand[] = [];
    const peopleInNeedOrigins: FigureOrigin[] = [];
    const severity = new Map<string, { figure: SeverityFigureCommand; origin: FigureOrigin }>();
    const rowContext = {
      columns: table.columns,
      numberFormat: table.numberFormat,
      planYear: command.planYear,
      inForceFrom,
    };
    let rowsRead = 0;
    for await (const row of table.rows()) {
      rowsRead++;
      logTableProblems(log, row.problems);
      const read = readNeedsRow(row, rowContext);
      if (Array.isArray(read)) {
        read.forEach((problem) => log.add(problem));
        continue;
      }
      const origin = { rowNumber: row.rowNumber, placeField: read.placeField };
      if (read.peopleInNeed) {
        peopleInNeed.push(read.peopleInNeed);
        peopleInNeedOrigins.push(origin);
      }
      if (read.severity) this.addSeverity(severity, read.severity, origin, log);
    }
    logTableProblems(log, table.endProblems);
    if (table.stoppedBy) logTableProblems(log, [table.stoppedBy]);
    const format = table.format === null ? null : table.hxlRowNumber !== null ? `${table.format}+hxl` : table.format;
    const outcome = (status: NeedsImportStatus, failureCode: string | null, round: NeedsRoundEntity | null) => ({
      status,
      dryRun: command.dryRun,
      format,
      rowsRead,
      peopleInNeedFigures: peopleInNeed.length,
      severityFigures: severity.size,
      log,
      failureCode,
      round,
    });
    const refusal = tableRefusalCode(table, rowsRead);
    if (refusal !== null) return outcome('FAILED', refusal, null);
    if (log.errorCount > 0)
      return outcome(command.dryRun ? 'DRY_RUN_DONE' : 'FAILED', command.dryRun ? null : ROWS_INVALID, null);

    const { fileName: _file, contentBase64: _content, sheetName: _sheet, dryRun, ...roundDetails } = command;
    const severityFigures = [...severity.values()];
    try {
      const round = await this.publish.execute(
        {
          ...roundDetails,
          inForceFrom,
          peopleInNeed,
          severity: severityFigures.map((entry) => entry.figure),
        },
        actor,
        correlationId,
        { dryRun },
      );
      return outcome(dryRun ? 'DRY_RUN_DONE' : 'COMPLETED', null, round);
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
      const problem = locate(
        error,
        peopleInNeedOrigins,
        severityFigures.map((entry) => entry.origin),
      );
      const column = problem.row === null ? undefined : table.columns[problem.field ?? '']?.column;
      log.add({ ...problem, column: column === undefined ? null : String(column) });
      return outcome(dryRun ? 'DRY_RUN_DONE' : 'FAILED', dryRun ? null : error.extensions.code, null);
    }
  }

  /** One phase per place and group: repeated on several rows it must agree. */
  private addSeverity(
    severity: Map<string, { figure: SeverityFigureCommand; origin: FigureOrigin }>,
    figure: SeverityFigureCommand,
    origin: FigureOrigin,
    log: ProblemLog,
  ): void {
    const key = `${figure.pcode}|${figure.populationGroup}`;
    const earlier = severity.get(key);
    if (!earlier) {
      severity.set(key, { figure, origin });
      return;
    }
    if (earlier.figure.phase !== figure.phase) {
      log.add({
        row: origin.rowNumber,
        column: null,
        field: 'severity',
        code: SEVERITY_CONFLICT,
        severity: 'error',
        message: `Row ${earlier.origin.rowNumber} gives ${figure.pcode} ${figure.populationGroup} severity ${earlier.figure.phase}, this row ${figure.phase}`,
      });
    }
  }
}

/** A refusal of the round publication (`input.peopleInNeed.12.cells`) put back on its row and field. */
function locate(error: GraphQLError, peopleInNeed: FigureOrigin[], severity: FigureOrigin[]): ImportProblem {
  const path = String(error.extensions.field ?? '');
  const [, list, index, field] = path.split('.');
  const origin =
    list === 'peopleInNeed' ? peopleInNeed[Number(index)] : list === 'severity' ? severity[Number(index)] : undefined;
  return {
    row: origin?.rowNumber ?? null,
    column: null,
    field: origin ? fileFieldOf(list, field, origin.placeField) : path || null,
    code: String(error.extensions.code),
    severity: 'error',
    message: error.message,
  };
}

function fileFieldOf(list: string, field: string | undefined, placeField: NeedsTableFieldName): NeedsTableFieldName {
  if (field === 'pcode') return placeField;
  if (list === 'severity') return 'severity';
  switch (field) {
    case 'sector':
      return 'sector';
    case 'affectedPopulation':
      return 'affected';
    case 'baselinePopulation':
      return 'population';
    case 'cells':
      return 'unknown';
    default:
      return 'peopleInNeed';
  }
}
