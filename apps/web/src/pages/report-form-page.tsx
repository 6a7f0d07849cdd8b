import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { ACTIVITY_REPORT, CREATE_REPORT, SUBMIT_REPORT, UPDATE_REPORT } from '../api/operations';
import { loadAdminUnits, loadIndicators, loadSectors, useLoaded } from '../api/reference-data';
import type { ActivityReportView } from './reports-page';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { PlacePicker } from '../ui/place-picker';
import { navigate } from '../ui/router';
import { CELL_NAMES, SexAgeCellsFieldset, emptyCells, type Cells } from '../ui/sex-age-cells';

const POPULATION_GROUPS = ['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR', 'HOST_COMMUNITY', 'RETURNEES'];

interface Draft {
  sector: string;
  indicatorCode: string;
  pcode: string;
  month: string;
  populationGroup: string;
  modality: string;
  quantity: string;
  newBeneficiaries: string;
  cells: Cells;
}

function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

function draftOf(report: ActivityReportView): Draft {
  const cells = emptyCells();
  for (const name of CELL_NAMES) cells[name] = report.cells ? String(report.cells[name]) : '';
  return {
    sector: report.sector,
    indicatorCode: report.indicatorCode,
    pcode: report.pcode,
    month: report.month,
    populationGroup: report.populationGroup,
    modality: report.modality,
    quantity: String(report.quantity),
    newBeneficiaries: report.newBeneficiaries == null ? '' : String(report.newBeneficiaries),
    cells,
  };
}

const integerOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Create or edit one 5W row; the service's own checks answer on save, shown next to their fields. */
export function ReportFormPage({ reportId }: { reportId?: string }) {
  const { t, language } = useI18n();
  const { accessToken } = useSession();
  const [draft, setDraft] = useState<Draft>({
    sector: '',
    indicatorCode: '',
    pcode: '',
    month: currentMonth(),
    populationGroup: 'IN_DESTINATION',
    modality: 'SERVICE',
    quantity: '',
    newBeneficiaries: '',
    cells: emptyCells(),
  });
  const [report, setReport] = useState<ActivityReportView | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);
  const [saved, setSaved] = useState(false);
  const planYear = Number(draft.month.slice(0, 4)) || new Date().getFullYear();

  const units = useLoaded(() => loadAdminUnits(accessToken), [accessToken]) ?? [];
  const sectors = useLoaded(() => loadSectors(planYear, accessToken), [planYear, accessToken]) ?? [];
  const indicators = useLoaded(() => loadIndicators(planYear, accessToken), [planYear, accessToken]) ?? [];
  const sectorIndicators = useMemo(
    () => indicators.filter((indicator) => indicator.sector === draft.sector),
    [indicators, draft.sector],
  );
  const indicator = indicators.find((candidate) => candidate.code === draft.indicatorCode);

  useEffect(() => {
    if (!reportId) return;
    graphql<{ activityReport: ActivityReportView }>(ACTIVITY_REPORT, { id: reportId }, accessToken)
      .then((answer) => {
        setReport(answer.activityReport);
        setDraft(draftOf(answer.activityReport));
      })
      .catch((failure: unknown) => failure instanceof ApiRequestError && setError(failure));
  }, [reportId, accessToken]);

  const update = (change: Partial<Draft>) => {
    setSaved(false);
    setDraft((previous) => ({ ...previous, ...change }));
  };
  const errorFor = (field: string) => error?.forField(field);

  async function save(event: Event) {
    event.preventDefault();
    setError(null);
    const countsPeople = indicator?.countsPeople ?? true;
    const fields = {
      sector: draft.sector,
      indicatorCode: draft.indicatorCode,
      pcode: draft.pcode,
      month: draft.month,
      populationGroup: draft.populationGroup,
      modality: draft.modality,
      quantity: integerOrNull(draft.quantity),
      cells: countsPeople
        ? Object.fromEntries(CELL_NAMES.map((name) => [name, integerOrNull(draft.cells[name])]))
        : null,
      newBeneficiaries: countsPeople ? integerOrNull(draft.newBeneficiaries) : null,
    };
    try {
      const saved = report
        ? (
            await graphql<{ updateActivityReport: ActivityReportView }>(
              UPDATE_REPORT,
              { input: { id: report.id, expectedVersion: report.version, ...fields } },
              accessToken,
            )
          ).updateActivityReport
        : (
            await graphql<{ createActivityReport: ActivityReportView }>(
              CREATE_REPORT,
              { input: { id: crypto.randomUUID(), ...fields } },
              accessToken,
            )
          ).createActivityReport;
      setReport(saved);
      setSaved(true);
      if (!reportId) navigate(`reports/${saved.id}`);
    } catch (failure) {
      if (failure instanceof ApiRequestError) setError(failure);
      else throw failure;
    }
  }

  async function submit() {
    if (!report) return;
    try {
      await graphql(SUBMIT_REPORT, { input: { id: report.id, expectedVersion: report.version } }, accessToken);
      navigate('reports');
    } catch (failure) {
      if (failure instanceof ApiRequestError) setError(failure);
    }
  }

  const editable = !report || report.status === 'DRAFT' || report.status === 'RETURNED';
  return (
    <form class="card" onSubmit={save} aria-labelledby="form-heading" novalidate>
      <h1 id="form-heading">{t(reportId ? 'form.heading.edit' : 'form.heading.new')}</h1>
      {report?.returnComment && <p class="notice">{report.returnComment}</p>}
      {error?.general().map((general) => (
        <p class="error" role="alert">
          {general.message} <code>{general.code}</code>
        </p>
      ))}
      <div class="grid">
        <label>
          {t('reports.month')}
          <input
            type="month"
            name="month"
            value={draft.month}
            onInput={(event) => update({ month: event.currentTarget.value })}
          />
          {errorFor('input.month') && <span class="field-error">{errorFor('input.month')}</span>}
        </label>
        <label>
          {t('reports.sector')}
          <select
            name="sector"
            value={draft.sector}
            onChange={(event) => update({ sector: event.currentTarget.value, indicatorCode: '' })}
          >
            <option value="">—</option>
            {sectors.map((sector) => (
              <option value={sector.code}>
                {sector.code} · {sector.names[language]}
              </option>
            ))}
          </select>
          {errorFor('input.sector') && <span class="field-error">{errorFor('input.sector')}</span>}
        </label>
        <label class="wide">
          {t('reports.indicator')}
          <select
            name="indicatorCode"
            value={draft.indicatorCode}
            onChange={(event) => update({ indicatorCode: event.currentTarget.value })}
          >
            <option value="">—</option>
            {sectorIndicators.map((candidate) => (
              <option value={candidate.code}>
                {candidate.code} · {candidate.name[language]}
              </option>
            ))}
          </select>
          {errorFor('input.indicatorCode') && <span class="field-error">{errorFor('input.indicatorCode')}</span>}
        </label>
        <label class="wide" htmlFor="place">
          {t('reports.place')}
        </label>
        <PlacePicker
          id="place"
          units={units}
          value={draft.pcode}
          error={errorFor('input.pcode')}
          onChange={(pcode) => update({ pcode })}
        />
        <label>
          {t('form.populationGroup')}
          <select
            name="populationGroup"
            value={draft.populationGroup}
            onChange={(event) => update({ populationGroup: event.currentTarget.value })}
          >
            {POPULATION_GROUPS.map((group) => (
              <option value={group}>{group}</option>
            ))}
          </select>
        </label>
        <label>
          {t('form.modality')}
          <select
            name="modality"
            value={draft.modality}
            onChange={(event) => update({ modality: event.currentTarget.value })}
          >
            {(indicator?.modalities ?? ['IN_KIND', 'CASH_VOUCHER', 'SERVICE', 'CAPACITY_BUILDING']).map((modality) => (
              <option value={modality}>{modality}</option>
            ))}
          </select>
          {errorFor('input.modality') && <span class="field-error">{errorFor('input.modality')}</span>}
        </label>
        <label>
          {t('reports.quantity')}
          <input
            type="number"
            min={0}
            step={1}
            name="quantity"
            aria-invalid={errorFor('input.quantity') ? true : undefined}
            value={draft.quantity}
            onInput={(event) => update({ quantity: event.currentTarget.value })}
          />
          {errorFor('input.quantity') && <span class="field-error">{errorFor('input.quantity')}</span>}
        </label>
      </div>
      {(indicator?.countsPeople ?? true) && (
        <>
          <SexAgeCellsFieldset
            cells={draft.cells}
            quantity={Number(draft.quantity) || 0}
            errorFor={errorFor}
            onChange={(cells) => update({ cells })}
          />
          <label>
            {t('form.newBeneficiaries')}
            <input
              type="number"
              min={0}
              step={1}
              name="newBeneficiaries"
              value={draft.newBeneficiaries}
              onInput={(event) => update({ newBeneficiaries: event.currentTarget.value })}
            />
            {errorFor('input.newBeneficiaries') && (
              <span class="field-error">{errorFor('input.newBeneficiaries')}</span>
            )}
          </label>
        </>
      )}
      {report && report.warnings.length > 0 && (
        <section aria-label={t('form.warnings')} class="warnings">
          <h2>{t('form.warnings')}</h2>
          <ul>
            {report.warnings.map((warning) => (
              <li>
                {warning.message} <code>{warning.code}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        <button type="submit" disabled={!editable}>
          {t('form.save')}
        </button>
        {report && editable && (
          <button type="button" onClick={() => void submit()}>
            {t('reports.submit')}
          </button>
        )}
        {saved && (
          <span class="hint" role="status">
            {t('form.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
