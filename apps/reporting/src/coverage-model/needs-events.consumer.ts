import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';
import {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  type CloudEvent,
  type EventData,
} from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';
import { CoverageNotices } from './coverage-notices';

interface RoundFields {
  roundId: string;
  analysisCode: string;
  planYear: number;
  inForceFrom: string;
}

/**
 * Needs rounds and their people-in-need figures. Every event of a round carries the round's identity and
 * first day in force, so the round row is created by whichever of its events comes first: a figure
 * arriving before its round, or a supersession before the newer round, lands all the same. Which round
 * is in force is decided at query time from `in_force_from`, never from arrival order.
 */
@Controller()
export class NeedsEventsConsumer {
  constructor(private readonly notices: CoverageNotices) {}

  @EventPattern(PeopleInNeedPublishedV1.type)
  async onPeopleInNeed(
    @Payload() event: CloudEvent<EventData<typeof PeopleInNeedPublishedV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    const figure = event.data;
    await ensureRound(context.manager, figure);
    await context.manager.query(
      `INSERT INTO coverage_pin_figure
              (cell_id, round_id, plan_year, sector, pcode, place_level, department_pcode, province_pcode,
               population_group, people_in_need, girls, boys, women, men, unknown)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (cell_id) DO NOTHING`,
      [
        figure.cellId,
        figure.roundId,
        figure.planYear,
        figure.sector,
        figure.pcode,
        figure.placeLevel,
        figure.departmentPcode,
        figure.provincePcode,
        figure.populationGroup,
        figure.peopleInNeed,
        figure.cells.girls,
        figure.cells.boys,
        figure.cells.women,
        figure.cells.men,
        figure.cells.unknown,
      ],
    );
  }

  @EventPattern(NeedsRoundPublishedV1.type)
  async onRoundPublished(
    @Payload() event: CloudEvent<EventData<typeof NeedsRoundPublishedV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await ensureRound(context.manager, event.data);
    await context.manager.query(`UPDATE coverage_needs_round SET published = true WHERE round_id = $1`, [
      event.data.roundId,
    ]);
    // Its figures came before it on the round's partition: the whole plan year may read differently now.
    await this.notices.changed(
      context.manager,
      {
        planYear: event.data.planYear,
        month: null,
        sector: null,
        pcode: null,
        departmentPcode: null,
        cause: 'NEEDS_ROUND',
      },
      event.correlationid,
    );
  }

  @EventPattern(NeedsRoundSupersededV1.type)
  async onRoundSuperseded(
    @Payload() event: CloudEvent<EventData<typeof NeedsRoundSupersededV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    await ensureRound(context.manager, event.data);
    await context.manager.query(
      `UPDATE coverage_needs_round SET superseded_by_round_id = $2, superseded_from = $3 WHERE round_id = $1`,
      [event.data.roundId, event.data.supersededByRoundId, event.data.supersededFrom],
    );
  }
}

async function ensureRound(manager: EntityManager, round: RoundFields): Promise<void> {
  await manager.query(
    `INSERT INTO coverage_needs_round (round_id, analysis_code, plan_year, in_force_from)
     VALUES ($1, $2, $3, $4) ON CONFLICT (round_id) DO NOTHING`,
    [round.roundId, round.analysisCode, round.planYear, round.inForceFrom],
  );
}
