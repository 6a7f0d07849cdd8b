import { useState } from 'preact/hooks';
import { graphql } from '../api/graphql-client';
import { PLAN_YEARS } from '../api/operations';
import { loadSectors, useLoaded, type SectorOption } from '../api/reference-data';
import { useI18n } from '../i18n/i18n';

export interface CoverageSelection {
  years: number[];
  year: number;
  setPlanYear(year: number): void;
  sectors: SectorOption[];
  sector: string;
  setSector(sector: string): void;
  monthTo: number;
  setMonthTo(month: number): void;
}

/** The plan year (latest by default), sector (first by default) and last month the coverage pages show. */
export function useCoverageSelection(accessToken: string | null): CoverageSelection {
  const years = useLoaded(
    async () => (await graphql<{ planYears: number[] }>(PLAN_YEARS, {}, accessToken)).planYears,
    [accessToken],
  );
  const [planYear, setPlanYear] = useState<number | null>(null);
  const year = planYear ?? years?.at(-1) ?? new Date().getFullYear();
  const sectors = useLoaded(() => loadSectors(year, accessToken), [year, accessToken]) ?? [];
  const [sector, setSector] = useState('');
  const [monthTo, setMonthTo] = useState(12);
  return {
    years: years ?? [year],
    year,
    setPlanYear,
    sectors,
    sector: sector || sectors[0]?.code || '',
    setSector,
    monthTo,
    setMonthTo,
  };
}

/** The three selects of {@link CoverageSelection}, labelled, in the page's filter row. */
export function CoverageSelects(props: { selection: CoverageSelection }) {
  const { t, language } = useI18n();
  const { selection } = props;
  return (
    <>
      <label>
        {t('map.planYear')}
        <select
          name="planYear"
          value={selection.year}
          onChange={(event) => selection.setPlanYear(Number(event.currentTarget.value))}
        >
          {selection.years.map((candidate) => (
            <option value={candidate}>{candidate}</option>
          ))}
        </select>
      </label>
      <label>
        {t('reports.sector')}
        <select
          name="sector"
          value={selection.sector}
          onChange={(event) => selection.setSector(event.currentTarget.value)}
        >
          {selection.sectors.map((candidate) => (
            <option value={candidate.code}>
              {candidate.code} · {candidate.names[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('map.monthTo')}
        <select
          name="monthTo"
          value={selection.monthTo}
          onChange={(event) => selection.setMonthTo(Number(event.currentTarget.value))}
        >
          {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
            <option value={month}>{`${selection.year}-${String(month).padStart(2, '0')}`}</option>
          ))}
        </select>
      </label>
    </>
  );
}
