import { useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { APPROVE_REPORT, RETURN_REPORT } from '../api/operations';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { useReports, type ActivityReportView } from './reports-page';

/** The sector coordinator's queue: submitted reports of the sector, approved or returned with a comment. */
export function ApprovalsPage() {
  const { t, formatNumber } = useI18n();
  const { accessToken } = useSession();
  const [refreshKey, setRefreshKey] = useState(0);
  const { reports, error } = useReports({ status: 'SUBMITTED' }, refreshKey);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function decide(report: ActivityReportView, decision: 'approve' | 'return') {
    try {
      if (decision === 'approve') {
        await graphql(APPROVE_REPORT, { input: { id: report.id, expectedVersion: report.version } }, accessToken);
      } else {
        const input = { id: report.id, expectedVersion: report.version, comment: comments[report.id] ?? '' };
        await graphql(RETURN_REPORT, { input }, accessToken);
      }
      setRefreshKey((key) => key + 1);
    } catch (failure) {
      if (failure instanceof ApiRequestError) setErrors({ ...errors, [report.id]: failure.message });
    }
  }

  return (
    <section class="card" aria-labelledby="approvals-heading">
      <h1 id="approvals-heading">{t('approvals.heading')}</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {reports === null ? (
        <p>{t('app.loading')}</p>
      ) : reports.length === 0 ? (
        <p>{t('approvals.empty')}</p>
      ) : (
        <ul class="queue">
          {reports.map((report) => (
            <li data-report-id={report.id}>
              <div>
                <strong>{report.reportingOrganisation?.name}</strong> · {report.month} · {report.sector}{' '}
                {report.indicatorCode} · {report.placeName ?? report.pcode} · {formatNumber(report.quantity)}
              </div>
              {report.warnings.map((warning) => (
                <div class="hint">⚠ {warning.message}</div>
              ))}
              <label>
                {t('approvals.comment')}
                <input
                  value={comments[report.id] ?? ''}
                  onInput={(event) => setComments({ ...comments, [report.id]: event.currentTarget.value })}
                />
              </label>
              <div class="actions">
                <button type="button" onClick={() => void decide(report, 'approve')}>
                  {t('approvals.approve')}
                </button>
                <button type="button" class="secondary" onClick={() => void decide(report, 'return')}>
                  {t('approvals.return')}
                </button>
              </div>
              {errors[report.id] && (
                <p class="error" role="alert">
                  {errors[report.id]}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
