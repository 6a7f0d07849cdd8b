import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { subscribe } from '../api/live';
import { IMPORT_JOB, IMPORT_JOB_PROGRESS, START_IMPORT } from '../api/operations';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';

interface ImportProblem {
  row: number | null;
  column: string | null;
  field: string | null;
  code: string;
  severity: string;
  message: string;
}

interface ImportJobView {
  id: string;
  status: string;
  dryRun: boolean;
  rowsTotal: number | null;
  rowsProcessed: number;
  reportsCreated: number;
  errorCount: number;
  warningCount: number;
  failureCode: string | null;
  problems: ImportProblem[];
}

interface Progress {
  milestone: string;
  status: string;
  rowsTotal: number | null;
  rowsProcessed: number;
}

const FINISHED = new Set(['COMPLETED', 'DRY_RUN_DONE', 'FAILED']);

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Upload of a 5W file: first a dry run whose problems are listed per row, then the commit, whose
 * progress arrives over the importJobProgress subscription (opened before the upload, with the
 * job id chosen here, so no step is missed).
 */
export function ImportPage() {
  const { t, formatNumber } = useI18n();
  const { accessToken } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stop = useRef<(() => void) | null>(null);

  useEffect(() => () => stop.current?.(), []);

  async function run(dryRun: boolean) {
    if (!file || !accessToken) return;
    setBusy(true);
    setError(null);
    setJob(null);
    setProgress(null);
    const id = crypto.randomUUID();
    const finished = new Promise<void>((resolve) => {
      stop.current?.();
      stop.current = subscribe<{ importJobProgress: Progress }>(
        accessToken,
        IMPORT_JOB_PROGRESS,
        { jobId: id },
        ({ importJobProgress }) => {
          setProgress(importJobProgress);
          if (FINISHED.has(importJobProgress.status)) resolve();
        },
      );
    });
    try {
      const contentBase64 = await base64Of(file);
      await graphql(START_IMPORT, { input: { id, fileName: file.name, contentBase64, dryRun } }, accessToken);
      // The subscription tells when the job is over; polling covers a connection that dropped meanwhile.
      for (;;) {
        const answer = await graphql<{ importJob: ImportJobView }>(IMPORT_JOB, { id }, accessToken);
        if (FINISHED.has(answer.importJob.status)) {
          setJob(answer.importJob);
          break;
        }
        await Promise.race([finished, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
    } catch (failure) {
      setError(failure instanceof ApiRequestError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const total = progress?.rowsTotal ?? job?.rowsTotal ?? 0;
  const done = job ? job.rowsProcessed : (progress?.rowsProcessed ?? 0);
  const percent = total > 0 ? Math.round((100 * done) / total) : job ? 100 : 0;

  return (
    <section class="card" aria-labelledby="import-heading">
      <h1 id="import-heading">{t('import.heading')}</h1>
      <label>
        {t('import.file')}
        <input
          type="file"
          name="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setJob(null);
            setProgress(null);
          }}
        />
      </label>
      <div class="actions">
        <button type="button" disabled={!file || busy} onClick={() => void run(true)}>
          {t('import.dryRun')}
        </button>
        <button
          type="button"
          disabled={!file || busy || !job || !job.dryRun || job.errorCount > 0}
          onClick={() => void run(false)}
        >
          {t('import.commit')}
        </button>
      </div>
      {(busy || job) && (
        <div class="progress-block">
          <label for="import-progress">{t('import.progress')}</label>
          <progress id="import-progress" max={100} value={percent} aria-valuetext={`${percent}%`} />
          <span class="hint" data-testid="import-percent">
            {percent}% · {t('import.rows', { done: formatNumber(done), total: formatNumber(total) })}
          </span>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {job?.status === 'COMPLETED' && (
        <p class="success" role="status">
          {t('import.completed', { count: formatNumber(job.reportsCreated) })}
        </p>
      )}
      {job?.status === 'FAILED' && (
        <p class="error" role="alert">
          {t('import.failed', { code: job.failureCode ?? '' })}
        </p>
      )}
      {job?.dryRun && job.problems.length === 0 && <p class="success">{t('import.noProblems')}</p>}
      {job && job.problems.length > 0 && (
        <div class="table-scroll">
          <table class="problems">
            <caption>
              {t('import.problems')} ({job.errorCount} / {job.warningCount})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.code')}</th>
                <th scope="col">{t('import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {job.problems.map((problem) => (
                <tr class={problem.severity}>
                  <td>{problem.row ?? ''}</td>
                  <td>{problem.column ?? problem.field ?? ''}</td>
                  <td>
                    <code>{problem.code}</code>
                  </td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
