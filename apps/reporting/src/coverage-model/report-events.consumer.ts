import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  ReportApprovedV1,
  ReportCreatedV1,
  ReportDeletedV1,
  ReportReturnedV1,
  ReportSubmittedV1,
  ReportUpdatedV1,
  type ActivityReportSnapshot,
  type CloudEvent,
} from '@coordination/contracts';
import { InboxEventContext } from '@coordination/messaging';
import { CoverageNotices } from './coverage-notices';

type ReportEvent = CloudEvent<ActivityReportSnapshot>;

/**
 * Keeps one fact per activity report: every report event carries the whole report, so the fact is
 * replaced wholesale and a change or a deletion replaces the report's contribution. The report's own
 * version guards the write: a replayed or late event never overwrites a newer state, and a deletion
 * stays a tombstone so an older event arriving after it cannot bring the report back.
 */
@Controller()
export class ReportEventsConsumer {
  constructor(private readonly notices: CoverageNotices) {}

  @EventPattern(ReportCreatedV1.type)
  onCreated(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, false);
  }

  @EventPattern(ReportUpdatedV1.type)
  onUpdated(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, false);
  }

  @EventPattern(ReportSubmittedV1.type)
  onSubmitted(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, false);
  }

  @EventPattern(ReportApprovedV1.type)
  onApproved(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, false);
  }

  @EventPattern(ReportReturnedV1.type)
  onReturned(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, false);
  }

  @EventPattern(ReportDeletedV1.type)
  onDeleted(@Payload() event: ReportEvent, @Ctx() context: InboxEventContext): Promise<void> {
    return this.apply(context, event, true);
  }

  /** Writes the fact and, when the change touches what is counted (approved reports), announces it. */
  private async apply(context: InboxEventContext, event: ReportEvent, deleted: boolean): Promise<void> {
    const { written, previouslyCounted } = await writeReportFact(context, event, deleted);
    const report = event.data;
    const counted = report.status === 'APPROVED' && !deleted;
    if (!written || !(counted || previouslyCounted)) return;
    await this.notices.changed(
      context.manager,
      {
        planYear: report.planYear,
        month: Number(report.month.slice(5, 7)),
        sector: report.sector,
        pcode: report.pcode,
        departmentPcode: report.departmentPcode,
        cause: 'REPORT',
      },
      event.correlationid,
    );
  }
}

async function writeReportFact(
  context: InboxEventContext,
  event: ReportEvent,
  deleted: boolean,
): Promise<{ written: boolean; previouslyCounted: boolean }> {
  const report = event.data;
  const cells = report.cells ?? { girls: 0, boys: 0, women: 0, men: 0, unknown: 0 };
  const [outcome]: { written: number; previously_counted: boolean | null }[] = await context.manager.query(
    `WITH previous AS (SELECT status = 'APPROVED' AND NOT deleted AS counted FROM coverage_report_fact WHERE report_id = $1),
          written AS (
     INSERT INTO coverage_report_fact
            (report_id, version, status, deleted, organisation_id, sector, sub_sector, indicator_code, counts_people,
             plan_year, month_number, pcode, department_pcode, province_pcode, district_pcode, population_group,
             quantity, new_beneficiaries, girls, boys, women, men, unknown, source_event_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
             $23, $24)
     ON CONFLICT (report_id) DO UPDATE SET
            version = excluded.version, status = excluded.status, deleted = excluded.deleted,
            organisation_id = excluded.organisation_id, sector = excluded.sector, sub_sector = excluded.sub_sector,
            indicator_code = excluded.indicator_code, counts_people = excluded.counts_people,
            plan_year = excluded.plan_year, month_number = excluded.month_number, pcode = excluded.pcode,
            department_pcode = excluded.department_pcode, province_pcode = excluded.province_pcode,
            district_pcode = excluded.district_pcode, population_group = excluded.population_group,
            quantity = excluded.quantity, new_beneficiaries = excluded.new_beneficiaries, girls = excluded.girls,
            boys = excluded.boys, women = excluded.women, men = excluded.men, unknown = excluded.unknown,
            source_event_id = excluded.source_event_id, applied_at = now()
      -- A deletion carries the version it deleted, so it wins over that version's other events.
      WHERE (coverage_report_fact.version, coverage_report_fact.deleted) < (excluded.version, excluded.deleted)
      RETURNING 1)
     SELECT (SELECT count(*) FROM written)::int AS written, (SELECT counted FROM previous) AS previously_counted`,
    [
      report.reportId,
      report.version,
      report.status,
      deleted,
      report.implementingOrganisationId,
      report.sector,
      report.subSector,
      report.indicatorCode,
      report.countsPeople,
      report.planYear,
      Number(report.month.slice(5, 7)),
      report.pcode,
      report.departmentPcode,
      report.provincePcode,
      report.districtPcode,
      report.populationGroup,
      report.quantity,
      report.newBeneficiaries,
      cells.girls,
      cells.boys,
      cells.women,
      cells.men,
      cells.unknown,
      event.id,
    ],
  );
  return { written: outcome.written > 0, previouslyCounted: outcome.previously_counted === true };
}
