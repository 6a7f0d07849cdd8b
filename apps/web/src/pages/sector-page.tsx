import { graphql } from '../api/graphql-client';
import { COVERAGE, PARTNER_PRESENCE, TOP_GAPS } from '../api/operations';
import { useLoaded } from '../api/reference-data';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { CoverageFigures } from '../map/choropleth';
import { CoverageSelects, useCoverageSelection } from '../ui/coverage-selection';
import { TrendChart, type TrendPoint } from '../ui/trend-chart';

interface PresenceRow {
  pcode: string;
  name: string | null;
  organisationId: string;
  organisationName: string | null;
  months: number[];
}

/**
 * One sector at a glance: the departments with the largest gaps, which partners work where (3W), and
 * the national trend over the months of the plan year, all from the reporting service.
 */
export function SectorPage() {
  const { t, formatNumber } = useI18n();
  const { accessToken } = useSession();
  const selection = useCoverageSelection(accessToken);
  const { year, sector: chosenSector, monthTo } = selection;

  const data = useLoaded(async () => {
    if (!chosenSector) return null;
    const filter = { planYear: year, sector: chosenSector, monthTo, level: 'DEPARTMENT' };
    const national = (month: number) =>
      graphql<{ coverage: CoverageFigures[] }>(
        COVERAGE,
        { filter: { planYear: year, sector: chosenSector, monthTo: month, level: 'NATIONAL' } },
        accessToken,
      ).then((answer) => answer.coverage[0]);
    const months = Array.from({ length: monthTo }, (_, index) => index + 1);
    const [gaps, presence, trend] = await Promise.all([
      graphql<{ topGaps: CoverageFigures[] }>(TOP_GAPS, { filter }, accessToken),
      graphql<{ coveragePartnerPresence: PresenceRow[] }>(PARTNER_PRESENCE, { filter }, accessToken),
      Promise.all(months.map(national)),
    ]);
    const points: TrendPoint[] = trend.map((row, index) => ({
      month: index + 1,
      reachedMonthly: row?.reachedMonthly ?? 0,
      reachedConsolidated: row?.reachedConsolidated ?? 0,
      peopleInNeed: row?.peopleInNeed ?? null,
    }));
    return { gaps: gaps.topGaps, presence: presence.coveragePartnerPresence, points };
  }, [year, chosenSector, monthTo, accessToken]);

  const number = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value));
  return (
    <section class="card" aria-labelledby="sector-heading">
      <h1 id="sector-heading">{t('sector.heading')}</h1>
      <div class="filters">
        <CoverageSelects selection={selection} />
      </div>
      {!data ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <h2>{t('sector.gaps')}</h2>
          {data.gaps.length === 0 ? (
            <p>{t('sector.none')}</p>
          ) : (
            <div class="table-scroll">
              <table class="gap-ranking">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.place')}</th>
                    <th scope="col">{t('map.peopleInNeed')}</th>
                    <th scope="col">{t('map.reachedConsolidated')}</th>
                    <th scope="col">{t('map.gap')}</th>
                    <th scope="col">{t('map.coverage')}</th>
                    <th scope="col">{t('map.partners')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.gaps.map((row) => (
                    <tr data-pcode={row.pcode}>
                      <th scope="row">{row.name ?? row.pcode}</th>
                      <td>{number(row.peopleInNeed)}</td>
                      <td>{number(row.reachedConsolidated)}</td>
                      <td data-figure="gap">{number(row.gap)}</td>
                      <td>{row.coveragePercent == null ? '–' : `${row.coveragePercent.toFixed(1)} %`}</td>
                      <td>{number(row.partnersPresent)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('sector.presence')}</h2>
          {data.presence.length === 0 ? (
            <p>{t('sector.none')}</p>
          ) : (
            <div class="table-scroll">
              <table class="partner-presence">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.place')}</th>
                    <th scope="col">{t('map.partners')}</th>
                    <th scope="col">{t('sector.months')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.presence.map((row) => (
                    <tr data-organisation-id={row.organisationId}>
                      <td>{row.name ?? row.pcode}</td>
                      <td>{row.organisationName ?? row.organisationId}</td>
                      <td>{row.months.join(', ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t('sector.trend')}</h2>
          <TrendChart
            points={data.points}
            label={t('sector.trendLabel', { month: `${year}-${String(monthTo).padStart(2, '0')}` })}
          />
        </>
      )}
    </section>
  );
}
