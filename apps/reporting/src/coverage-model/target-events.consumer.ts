import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { TargetSetV1, type CloudEvent, type EventData } from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';
import { CoverageNotices } from './coverage-notices';

/** One fact per partner target; setting it again replaces it (guarded by the target's version). */
@Controller()
export class TargetEventsConsumer {
  constructor(private readonly notices: CoverageNotices) {}

  @EventPattern(TargetSetV1.type)
  async onTargetSet(
    @Payload() event: CloudEvent<EventData<typeof TargetSetV1>>,
    @Ctx() context: InboxEventContext,
  ): Promise<void> {
    const target = event.data;
    const written: unknown[] = await context.manager.query(
      `INSERT INTO coverage_target_fact
              (target_id, version, organisation_id, indicator_code, sector, unit, plan_year, pcode, department_pcode,
               province_pcode, district_pcode, quantity, source_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (target_id) DO UPDATE SET
              version = excluded.version, quantity = excluded.quantity, source_event_id = excluded.source_event_id
        WHERE coverage_target_fact.version < excluded.version
       RETURNING target_id`,
      [
        target.targetId,
        target.version,
        target.organisationId,
        target.indicatorCode,
        target.sector,
        target.unit,
        target.planYear,
        target.pcode,
        target.departmentPcode,
        target.provincePcode,
        target.districtPcode,
        target.quantity,
        event.id,
      ],
    );
    if (written.length === 0) return;
    const change = {
      planYear: target.planYear,
      month: null,
      sector: target.sector,
      pcode: target.pcode,
      departmentPcode: target.departmentPcode,
      cause: 'TARGET' as const,
    };
    await this.notices.changed(context.manager, change, event.correlationid);
  }
}
