import { useEffect, useMemo, useState } from 'preact/hooks';
import departmentsUrl from '../../../../libs/geo/data/peru_departamental_simple.geojson?url';
import provincesUrl from '../../../../libs/geo/data/peru_provincial_simple.geojson?url';
import { ApiRequestError, graphql } from '../api/graphql-client';
import { subscribe } from '../api/live';
import { COVERAGE, COVERAGE_CHANGED } from '../api/operations';
import { useLoaded } from '../api/reference-data';
import { useSession } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { Choropleth, type CoverageFigures } from '../map/choropleth';
import { projectFeatures, type BoundaryFeature } from '../map/projection';
import { CoverageSelects, useCoverageSelection } from '../ui/coverage-selection';

const POPULATION_GROUPS = ['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR', 'HOST_COMMUNITY', 'RETURNEES'];
type SortKey = 'name' | 'peopleInNeed' | 'reachedMonthly' | 'reachedConsolidated' | 'gap' | 'coveragePercent';

const boundaries = new Map<string, Promise<BoundaryFeature[]>>();

/** The repository's GeoJSON, bundled as a static asset: no tile server, nothing from outside. */
function loadBoundaries(url: string): Promise<BoundaryFeature[]> {
  if (!boundaries.has(url)) {
    boundaries.set(
      url,
      fetch(url)
        .then((response) => response.json() as Promise<{ features: BoundaryFeature[] }>)
        .then((collection) => collection.features),
    );
  }
  return boundaries.get(url)!;
}

function csvOf(rows: CoverageFigures[], header: string[]): string {
  const escape = (value: unknown) => {
    const text = value == null ? '' : String(value);
    // A leading =, +, - or @ would be read as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = rows.map((row) =>
    [
      row.pcode,
      row.name,
      row.peopleInNeed,
      row.targeted,
      row.reachedMonthly,
      row.reachedConsolidated,
      row.gap,
      row.coveragePercent,
      row.partnersPresent,
    ]
      .map(escape)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n');
}

/**
 * The coverage map: departments (or a department's provinces) coloured by coverage for one sector,
 * population group and month, with the same figures in a sortable table that can be exported.
 */
export function CoverageMapPage() {
  const { t, formatNumber } = useI18n();
  const { accessToken } = useSession();
  const selection = useCoverageSelection(accessToken);
  const { year, sector: chosenSector, monthTo } = selection;
  const [populationGroup, setPopulationGroup] = useState('');
  const [department, setDepartment] = useState<{ pcode: string; name: string } | null>(null);
  const [rows, setRows] = useState<CoverageFigures[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'gap', descending: true });
  const features = useLoaded(() => loadBoundaries(department ? provincesUrl : departmentsUrl), [department]);
  const [changes, setChanges] = useState(0);

  // Live: the reporting service announces every change of the sector's figures; a burst (an import
  // approved at once) is fetched once, half a second after it quietens.
  useEffect(() => {
    if (!chosenSector || !accessToken) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribe<{ coverageChanged: { planYear: number } }>(
      accessToken,
      COVERAGE_CHANGED,
      { sector: chosenSector },
      (data) => {
        if (data.coverageChanged.planYear !== year) return;
        clearTimeout(timer);
        timer = setTimeout(() => setChanges((count) => count + 1), 500);
      },
    );
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [chosenSector, year, accessToken]);

  useEffect(() => {
    if (!chosenSector) return;
    setError(null);
    const filter = {
      planYear: year,
      sector: chosenSector,
      monthTo,
      level: department ? 'PROVINCE' : 'DEPARTMENT',
      ...(department ? { parentPcode: department.pcode } : {}),
      ...(populationGroup ? { populationGroup } : {}),
    };
    graphql<{ coverage: CoverageFigures[] }>(COVERAGE, { filter }, accessToken)
      .then((answer) => setRows(answer.coverage))
      .catch((failure: unknown) => setError(failure instanceof ApiRequestError ? failure.message : String(failure)));
  }, [year, chosenSector, monthTo, populationGroup, department, accessToken, changes]);

  const shapes = useMemo(() => {
    if (!features) return [];
    const wanted = department
      ? features.filter((feature) => `PE${String(feature.properties.FIRST_IDPR)}`.startsWith(department.pcode))
      : features;
    return projectFeatures(
      wanted,
      (feature) =>
        department
          ? { pcode: `PE${String(feature.properties.FIRST_IDPR)}`, name: String(feature.properties.NOMBPROV) }
          : { pcode: `PE${String(feature.properties.FIRST_IDDP)}`, name: String(feature.properties.NOMBDEP) },
      440,
      620,
    );
  }, [features, department]);
  const figures = useMemo(() => new Map((rows ?? []).map((row) => [row.pcode, row])), [rows]);
  const sorted = useMemo(() => {
    const direction = sort.descending ? -1 : 1;
    return [...(rows ?? [])].sort((a, b) => {
      const left = a[sort.key] ?? -Infinity;
      const right = b[sort.key] ?? -Infinity;
      return (left < right ? -1 : left > right ? 1 : 0) * direction;
    });
  }, [rows, sort]);

  const columns: [SortKey | null, MessageKey][] = [
    ['name', 'reports.place'],
    ['peopleInNeed', 'map.peopleInNeed'],
    [null, 'map.targeted'],
    ['reachedMonthly', 'map.reachedMonthly'],
    ['reachedConsolidated', 'map.reachedConsolidated'],
    ['gap', 'map.gap'],
    ['coveragePercent', 'map.coverage'],
    [null, 'map.partners'],
  ];

  function exportCsv() {
    const header = ['pcode', ...columns.map(([, label]) => t(label))];
    const blob = new Blob([csvOf(sorted, header)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `cobertura-${chosenSector}-${year}-${String(monthTo).padStart(2, '0')}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <section class="card" aria-labelledby="map-heading">
      <div class="toolbar">
        <h1 id="map-heading">{department ? t('map.headingProvinces', { name: department.name }) : t('map.heading')}</h1>
        {department && (
          <button type="button" class="secondary" onClick={() => setDepartment(null)}>
            {t('map.back')}
          </button>
        )}
      </div>
      <div class="filters">
        <CoverageSelects selection={selection} />
        <label>
          {t('form.populationGroup')}
          <select
            name="populationGroup"
            value={populationGroup}
            onChange={(event) => setPopulationGroup(event.currentTarget.value)}
          >
            <option value="">{t('map.allGroups')}</option>
            {POPULATION_GROUPS.map((group) => (
              <option value={group}>{group}</option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="map-layout">
        <Choropleth
          shapes={shapes}
          figures={figures}
          onOpen={department ? undefined : (pcode, name) => setDepartment({ pcode, name })}
        />
        <div class="table-scroll">
          <table class="coverage-table">
            <caption class="visually-hidden">{t('map.heading')}</caption>
            <thead>
              <tr>
                {columns.map(([key, label]) => (
                  <th
                    scope="col"
                    aria-sort={key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    {key ? (
                      <button
                        type="button"
                        class="link"
                        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : true })}
                      >
                        {t(label)}
                      </button>
                    ) : (
                      t(label)
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr data-pcode={row.pcode}>
                  <td>{row.name ?? row.pcode}</td>
                  <td class="number">{row.peopleInNeed == null ? '–' : formatNumber(row.peopleInNeed)}</td>
                  <td class="number">{row.targeted == null ? '–' : formatNumber(row.targeted)}</td>
                  <td class="number">{formatNumber(row.reachedMonthly)}</td>
                  <td class="number">
                    {formatNumber(row.reachedConsolidated)}
                    {row.consolidatedIsUpperBound ? '*' : ''}
                  </td>
                  <td class="number">{row.gap == null ? '–' : formatNumber(row.gap)}</td>
                  <td class="number">{row.coveragePercent == null ? '–' : `${row.coveragePercent.toFixed(1)} %`}</td>
                  <td class="number">{row.partnersPresent}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="hint">* {t('map.upperBound')}</p>
          <button type="button" onClick={exportCsv} disabled={!rows?.length}>
            {t('map.export')}
          </button>
        </div>
      </div>
    </section>
  );
}
