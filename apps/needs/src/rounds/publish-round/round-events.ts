import {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  SeverityPublishedV1,
  createCloudEvent,
  type CloudEvent,
} from '@coordination/contracts';
import { NEEDS_EVENT_SOURCE } from '../../shared/event-actor';
import { asIsoDay } from '../../shared/lima-date';
import type { NeedsRoundEntity } from '../needs-round.entity';
import type { PeopleInNeedCellEntity } from '../people-in-need-cell.entity';
import type { SeverityFigureEntity } from '../severity-figure.entity';

interface EventContext {
  correlationId: string;
  actorOrg: string | undefined;
}

function roundFields(round: NeedsRoundEntity) {
  return {
    roundId: round.id,
    analysisCode: round.analysisCode,
    planYear: round.planYear,
    inForceFrom: asIsoDay(round.inForceFrom),
  };
}

function placeFields(
  figure: Pick<PeopleInNeedCellEntity, 'pcode' | 'placeLevel' | 'departmentPcode' | 'provincePcode'>,
) {
  const { pcode, placeLevel, departmentPcode, provincePcode } = figure;
  return { pcode, placeLevel, departmentPcode, provincePcode };
}

/** People in need per sector across the whole round. */
export function sectorTotalsOf(cells: readonly PeopleInNeedCellEntity[]): { sector: string; peopleInNeed: number }[] {
  const totals = new Map<string, number>();
  for (const cell of cells) totals.set(cell.sector, (totals.get(cell.sector) ?? 0) + cell.peopleInNeed);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([sector, peopleInNeed]) => ({ sector, peopleInNeed }));
}

/**
 * The events of a published round, in the order consumers should see them: one per people-in-need cell,
 * one per severity figure, then the round itself (its counts say everything has arrived), then the
 * supersession of the round it replaces. All keyed by round id, with complete payloads.
 */
export function roundPublicationEvents(
  round: NeedsRoundEntity,
  cells: readonly PeopleInNeedCellEntity[],
  severity: readonly SeverityFigureEntity[],
  superseded: NeedsRoundEntity | null,
  context: EventContext,
): CloudEvent[] {
  const time = round.publishedAt;
  const publishedAt = time.toISOString();
  const common = { source: NEEDS_EVENT_SOURCE, correlationId: context.correlationId, actorOrg: context.actorOrg, time };
  const events: CloudEvent[] = cells.map((cell) =>
    createCloudEvent(PeopleInNeedPublishedV1, {
      ...common,
      subject: round.id,
      data: {
        ...roundFields(round),
        cellId: cell.id,
        sector: cell.sector,
        ...placeFields(cell),
        populationGroup: cell.populationGroup,
        peopleInNeed: cell.peopleInNeed,
        cells: { girls: cell.girls, boys: cell.boys, women: cell.women, men: cell.men, unknown: cell.unknown },
        affectedPopulation: cell.affectedPopulation,
        baselinePopulation: cell.baselinePopulation,
        publishedAt,
      },
    }),
  );
  for (const figure of severity) {
    events.push(
      createCloudEvent(SeverityPublishedV1, {
        ...common,
        subject: round.id,
        data: {
          ...roundFields(round),
          ...placeFields(figure),
          populationGroup: figure.populationGroup,
          phase: figure.phase,
          publishedAt,
        },
      }),
    );
  }
  events.push(
    createCloudEvent(NeedsRoundPublishedV1, {
      ...common,
      subject: round.id,
      data: {
        ...roundFields(round),
        title: round.title,
        supersedesRoundId: round.supersedesRoundId,
        assessmentId: round.assessmentId,
        source: round.source,
        methodology: round.methodology,
        peopleInNeedCellCount: cells.length,
        severityCount: severity.length,
        sectorTotals: sectorTotalsOf(cells),
        publishedAt,
      },
    }),
  );
  if (superseded) {
    events.push(
      createCloudEvent(NeedsRoundSupersededV1, {
        ...common,
        subject: superseded.id,
        data: {
          ...roundFields(superseded),
          assessmentId: superseded.assessmentId,
          supersededByRoundId: round.id,
          supersededFrom: asIsoDay(round.inForceFrom),
          supersededAt: publishedAt,
        },
      }),
    );
  }
  return events;
}
