import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { TopicNames } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { AssessmentEntity } from '../../assessments/assessment.entity';
import { actorId } from '../../shared/event-actor';
import { asIsoDay, todayInLima } from '../../shared/lima-date';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';
import { NeedsRoundEntity } from '../needs-round.entity';
import { PeopleInNeedCellEntity } from '../people-in-need-cell.entity';
import { latestRound } from '../round-history';
import { SeverityFigureEntity } from '../severity-figure.entity';
import type { PublishNeedsRoundCommand } from './publish-needs-round.input';
import { checkRoundFigures, type CheckedFigures } from './round-figure-checks';
import { roundPublicationEvents } from './round-events';

const INSERT_CHUNK = 1_000;

/** Thrown to roll a dry run back once every check has passed and every row was written. */
class DryRunRolledBack extends Error {
  constructor(readonly round: NeedsRoundEntity) {
    super('dry run');
  }
}

export interface PublishOptions {
  /** Check and write everything, then roll back: what a dry run of an import needs. */
  dryRun?: boolean;
}

/**
 * Publishes a round of a needs analysis: its figures, and the supersession of the analysis's latest
 * round, in one transaction with their events. Everything is checked before anything is written.
 */
@Injectable()
export class PublishNeedsRoundUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(
    command: PublishNeedsRoundCommand,
    actor: Viewer,
    correlationId: string,
    options: PublishOptions = {},
  ): Promise<NeedsRoundEntity> {
    assertAuthorized(actor, 'administer');
    const inForceFrom = command.inForceFrom ?? todayInLima();
    const figures = checkRoundFigures(command, inForceFrom);
    const published = this.dataSource.transaction(async (manager) => {
      // Rounds of one analysis are published one at a time, so each supersedes exactly the one before.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`needs-round:${command.analysisCode}`]);
      const id = command.id ?? randomUUID();
      const existing = await manager.findOneBy(NeedsRoundEntity, { id });
      if (existing) return this.repeated(existing, command);
      await assertAssessmentExists(manager, command.assessmentId);
      const superseded = await this.roundToSupersede(manager, command, inForceFrom);
      const now = new Date();
      const created: NeedsRoundEntity = {
        id,
        analysisCode: command.analysisCode,
        title: command.title,
        planYear: command.planYear,
        inForceFrom,
        assessmentId: command.assessmentId ?? null,
        supersedesRoundId: superseded?.id ?? null,
        supersededByRoundId: null,
        supersededAt: null,
        source: command.source,
        methodology: command.methodology ?? null,
        peopleInNeedCellCount: figures.peopleInNeed.length,
        severityCount: figures.severity.length,
        publishedAt: now,
        publishedBy: actorId(actor),
      };
      if (superseded) {
        // The link is checked at commit (deferred), once the new round exists.
        await manager.update(NeedsRoundEntity, superseded.id, { supersededByRoundId: id, supersededAt: now });
      }
      await manager.insert(NeedsRoundEntity, created);
      const { cells, severity } = rowsOf(id, figures);
      for (let start = 0; start < cells.length; start += INSERT_CHUNK) {
        await manager.insert(PeopleInNeedCellEntity, cells.slice(start, start + INSERT_CHUNK));
      }
      for (let start = 0; start < severity.length; start += INSERT_CHUNK) {
        await manager.insert(SeverityFigureEntity, severity.slice(start, start + INSERT_CHUNK));
      }
      const context = { correlationId, actorOrg: actor.organisationId ?? undefined };
      await this.events.record(
        manager,
        TopicNames.needsPin,
        ...roundPublicationEvents(created, cells, severity, superseded, context),
      );
      if (options.dryRun) throw new DryRunRolledBack(created);
      return created;
    });
    try {
      const round = await published;
      this.events.flush();
      return round;
    } catch (error) {
      if (error instanceof DryRunRolledBack) return error.round;
      throw error;
    }
  }

  /** Publishing the same round again (a retry) returns it; the same id for another analysis is refused. */
  private repeated(existing: NeedsRoundEntity, command: PublishNeedsRoundCommand): NeedsRoundEntity {
    if (existing.analysisCode !== command.analysisCode || existing.title !== command.title) {
      throw needsError(NeedsErrorCode.IdConflict, `Round ${existing.id} exists with other details`, 'input.id');
    }
    return existing;
  }

  private async roundToSupersede(
    manager: EntityManager,
    command: PublishNeedsRoundCommand,
    inForceFrom: string,
  ): Promise<NeedsRoundEntity | null> {
    const latest = await latestRound(manager, command.analysisCode);
    if (command.supersedesRoundId) {
      const named = await manager.findOneBy(NeedsRoundEntity, { id: command.supersedesRoundId });
      const field = 'input.supersedesRoundId';
      if (!named)
        throw needsError(NeedsErrorCode.RoundNotFound, `No round with id ${command.supersedesRoundId}`, field);
      if (named.analysisCode !== command.analysisCode) {
        throw needsError(
          NeedsErrorCode.RoundOfOtherAnalysis,
          `Round ${named.id} belongs to analysis ${named.analysisCode}, not ${command.analysisCode}: a round only supersedes rounds of its own analysis`,
          field,
        );
      }
      if (named.id !== latest?.id) {
        throw needsError(
          NeedsErrorCode.RoundNotCurrent,
          `Round ${named.id} was already superseded${latest ? ` (the latest round is ${latest.id})` : ''}`,
          field,
        );
      }
    }
    if (latest && inForceFrom < asIsoDay(latest.inForceFrom)) {
      throw needsError(
        NeedsErrorCode.RoundOutOfOrder,
        `The latest round of ${command.analysisCode} is in force from ${asIsoDay(latest.inForceFrom)}; a newer round cannot start before it`,
        'input.inForceFrom',
      );
    }
    return latest;
  }
}

async function assertAssessmentExists(manager: EntityManager, assessmentId: string | null | undefined): Promise<void> {
  if (!assessmentId) return;
  if (await manager.existsBy(AssessmentEntity, { id: assessmentId })) return;
  throw needsError(NeedsErrorCode.AssessmentNotFound, `No assessment with id ${assessmentId}`, 'input.assessmentId');
}

function rowsOf(roundId: string, figures: CheckedFigures) {
  const cells: PeopleInNeedCellEntity[] = figures.peopleInNeed.map((figure) => ({
    id: randomUUID(),
    roundId,
    sector: figure.sector,
    pcode: figure.place.pcode,
    placeLevel: figure.place.level,
    departmentPcode: figure.place.departmentPcode,
    provincePcode: figure.place.provincePcode,
    populationGroup: figure.populationGroup,
    peopleInNeed: figure.peopleInNeed,
    ...figure.cells,
    affectedPopulation: figure.affectedPopulation ?? null,
    baselinePopulation: figure.baselinePopulation ?? null,
  }));
  const severity: SeverityFigureEntity[] = figures.severity.map((figure) => ({
    roundId,
    pcode: figure.place.pcode,
    populationGroup: figure.populationGroup,
    placeLevel: figure.place.level,
    departmentPcode: figure.place.departmentPcode,
    provincePcode: figure.place.provincePcode,
    phase: figure.phase,
  }));
  return { cells, severity };
}
