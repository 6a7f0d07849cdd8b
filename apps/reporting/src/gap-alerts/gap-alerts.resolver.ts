import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, assertAuthorized, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import { GapAlertModel, GapThresholdModel, SetGapThresholdInput, setGapThresholdSchema } from './gap-alert.models';

interface AlertRow {
  alert_id: string;
  plan_year: number;
  sector: string;
  pcode: string;
  reason: string;
  raised_at: Date;
  resolved_at: Date | null;
}

const MAX_ALERTS = 500;

@Resolver()
export class GapAlertsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Mutation(() => GapThresholdModel, {
    description: 'The sector’s coordinator (or an admin) sets the coverage % under which a gap alert is raised.',
  })
  @Authenticated('SECTOR_COORDINATOR', 'PLATFORM_ADMIN')
  async setGapThreshold(
    @Args('input') input: SetGapThresholdInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<GapThresholdModel> {
    const command = parseInput(setGapThresholdSchema, input);
    // Whoever may approve the sector's reports at that place decides what counts as a gap there.
    assertAuthorized(viewer, 'approve', { sector: command.sector, regionPcode: command.pcode ?? null });
    await this.dataSource.query(
      `INSERT INTO gap_threshold (sector, pcode, min_coverage_percent, set_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sector, pcode) DO UPDATE SET min_coverage_percent = excluded.min_coverage_percent,
              set_by = excluded.set_by, set_at = now()`,
      [command.sector, command.pcode ?? '', command.minCoveragePercent, viewer.userId],
    );
    return { sector: command.sector, pcode: command.pcode ?? null, minCoveragePercent: command.minCoveragePercent };
  }

  @Query(() => [GapAlertModel], { description: `Gap alerts, open first then newest; at most ${MAX_ALERTS}.` })
  @Authenticated()
  async gapAlerts(
    @Args('openOnly', { defaultValue: true }) openOnly: boolean,
    @Args('sector', { type: () => String, nullable: true }) sector: string | null,
  ): Promise<GapAlertModel[]> {
    const rows: AlertRow[] = await this.dataSource.query(
      `SELECT * FROM gap_alert WHERE ($1 = false OR resolved_at IS NULL) AND ($2::text IS NULL OR sector = $2)
        ORDER BY resolved_at IS NOT NULL, raised_at DESC LIMIT ${MAX_ALERTS}`,
      [openOnly, sector?.trim().toUpperCase() ?? null],
    );
    return rows.map((row) => ({
      alertId: row.alert_id,
      planYear: row.plan_year,
      sector: row.sector,
      pcode: row.pcode,
      reason: row.reason,
      raisedAt: row.raised_at,
      resolvedAt: row.resolved_at,
    }));
  }
}
