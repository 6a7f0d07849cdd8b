import { useEffect, useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { ACTIVITY_REPORTS } from '../api/operations';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';

export type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

export interface ActivityReportView {
  id: string;
  status: ReportStatus;
  version: number;
  sector: string;
  indicatorCode: string;
  month: string;
  pcode: string;
  placeName: string | null;
  populationGroup: string;
  modality: string;
  quantity: number;
  newBeneficiaries: number | null;
  cells: Record<'girls' | 'boys' | 'women' | 'men' | 'unknown', number> | null;
  returnComment: string | null;
  warnings: { code: string; message: string }[];
  reportingOrganisation: { id: string; name: string } | null;
}

interface ReportPage {
  totalCount: number;
  nodes: ActivityReportView[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const STATUSES: ReportStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];
const PAGE_SIZE = 50;

/** Loads a filtered list of reports page by page (the service decides what the caller may see). */
export function useReports(filter: Record<string, unknown>, refreshKey = 0) {
  const { accessToken } = useSession();
  const [reports, setReports] = useState<ActivityReportView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const filterKey = JSON.stringify(filter);

  async function load(after: string | null) {
    setError(null);
    let page: ReportPage;
    try {
      const answer = await graphql<{ activityReports: ReportPage }>(
        ACTIVITY_REPORTS,
        { filter, page: { first: PAGE_SIZE, after } },
        accessToken,
      );
      page = answer.activityReports;
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : String(failure));
      return;
    }
    setReports((previous) => (after && previous ? [...previous, ...page.nodes] : page.nodes));
    setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
    setTotal(page.totalCount);
  }

  useEffect(() => {
    void load(null);
    // filterKey stands for filter's contents.
  }, [filterKey, refreshKey, accessToken]);

  return { reports, total, error, loadMore: next ? () => load(next) : null };
}

export function ReportsPage() {
  const { t, formatNumber } = useI18n();
  const [status, setStatus] = useState<string>('');
  const { reports, total, error, loadMore } = useReports(status ? { status } : {});

  return (
    <section class="card" aria-labelledby="reports-heading">
      <div class="toolbar">
        <h1 id="reports-heading">{t('reports.heading')}</h1>
        <label>
          {t('reports.status')}
          <select value={status} onChange={(event) => setStatus(event.currentTarget.value)}>
            <option value="">{t('reports.allStatuses')}</option>
            {STATUSES.map((candidate) => (
              <option value={candidate}>{t(`status.${candidate}`)}</option>
            ))}
          </select>
        </label>
        <a class="button" href="#/reports/new">
          {t('reports.new')}
        </a>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : reports === null ? (
        <p>{t('app.loading')}</p>
      ) : reports.length === 0 ? (
        <p>{t('reports.empty')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t('reports.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.month')}</th>
                <th scope="col">{t('reports.sector')}</th>
                <th scope="col">{t('reports.indicator')}</th>
                <th scope="col">{t('reports.place')}</th>
                <th scope="col" class="number">
                  {t('reports.quantity')}
                </th>
                <th scope="col">{t('reports.status')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr data-report-id={report.id}>
                  <td>{report.month}</td>
                  <td>{report.sector}</td>
                  <td>{report.indicatorCode}</td>
                  <td>
                    {report.placeName ?? report.pcode} <span class="hint">{report.pcode}</span>
                  </td>
                  <td class="number">{formatNumber(report.quantity)}</td>
                  <td>
                    <span class={`status status-${report.status.toLowerCase()}`}>{t(`status.${report.status}`)}</span>
                  </td>
                  <td>
                    <a href={`#/reports/${report.id}`}>{t('reports.edit')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="hint">
        {reports?.length ?? 0} / {total}
      </p>
      {loadMore && (
        <button type="button" onClick={() => void loadMore()}>
          {t('reports.more')}
        </button>
      )}
    </section>
  );
}
