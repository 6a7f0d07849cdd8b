import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { COVERAGE_CLASSES, NO_DATA_COLOUR, coverageColour } from './coverage-colours';
import type { Projected } from './projection';

export interface CoverageFigures {
  pcode: string;
  name: string | null;
  peopleInNeed: number | null;
  targeted: number | null;
  reachedMonthly: number;
  reachedConsolidated: number;
  consolidatedIsUpperBound: boolean;
  gap: number | null;
  coveragePercent: number | null;
  partnersPresent: number;
}

const WIDTH = 440;
const HEIGHT = 620;

/**
 * The places coloured by coverage, each a focusable shape: hovering or focusing one shows its
 * figures; clicking it (or Enter) asks for its children, when `onOpen` is given.
 */
export function Choropleth(props: {
  shapes: Projected[];
  figures: ReadonlyMap<string, CoverageFigures>;
  onOpen?: (pcode: string, name: string) => void;
}) {
  const { t, formatNumber } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const shown = active ? props.figures.get(active) : undefined;
  const activeShape = props.shapes.find((shape) => shape.pcode === active);
  const percent = (value: number | null | undefined) => (value == null ? t('map.noData') : `${value.toFixed(1)} %`);
  const number = (value: number | null | undefined) => (value == null ? t('map.noData') : formatNumber(value));

  return (
    <div class="map-block">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="map" role="group" aria-label={t('map.heading')}>
        {props.shapes.map((shape) => {
          const figures = props.figures.get(shape.pcode);
          return (
            <path
              key={shape.pcode}
              d={shape.path}
              data-pcode={shape.pcode}
              fill={coverageColour(figures?.coveragePercent)}
              class={active === shape.pcode ? 'place active' : 'place'}
              tabIndex={0}
              role="button"
              aria-label={`${shape.name}: ${t('map.coverage')} ${percent(figures?.coveragePercent)}`}
              onMouseEnter={() => setActive(shape.pcode)}
              onFocus={() => setActive(shape.pcode)}
              onClick={() => props.onOpen?.(shape.pcode, shape.name)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') props.onOpen?.(shape.pcode, shape.name);
              }}
            />
          );
        })}
      </svg>
      <div class="map-tooltip" role="status" aria-live="polite" data-testid="map-tooltip" data-pcode={active ?? ''}>
        {activeShape && (
          <>
            <strong>{activeShape.name}</strong>
            <dl>
              <dt>{t('map.peopleInNeed')}</dt>
              <dd data-figure="peopleInNeed">{number(shown?.peopleInNeed)}</dd>
              <dt>{t('map.targeted')}</dt>
              <dd data-figure="targeted">{number(shown?.targeted)}</dd>
              <dt>{t('map.reachedMonthly')}</dt>
              <dd data-figure="reachedMonthly">{number(shown?.reachedMonthly ?? 0)}</dd>
              <dt>{t('map.reachedConsolidated')}</dt>
              <dd data-figure="reachedConsolidated">
                {number(shown?.reachedConsolidated ?? 0)}
                {shown?.consolidatedIsUpperBound && <span class="hint"> ({t('map.upperBound')})</span>}
              </dd>
              <dt>{t('map.gap')}</dt>
              <dd data-figure="gap">{number(shown?.gap)}</dd>
              <dt>{t('map.coverage')}</dt>
              <dd data-figure="coveragePercent">{percent(shown?.coveragePercent)}</dd>
              <dt>{t('map.partners')}</dt>
              <dd data-figure="partnersPresent">{number(shown?.partnersPresent ?? 0)}</dd>
            </dl>
            {props.onOpen && <p class="hint">{t('map.drill')}</p>}
          </>
        )}
      </div>
      <div class="legend" aria-label={t('map.legend')}>
        <span class="hint">{t('map.legend')}</span>
        <ul>
          {COVERAGE_CLASSES.map((band, index) => (
            <li>
              <span class="swatch" style={{ background: band.colour }} />
              {index === 0 ? '< 20' : band.upTo === Infinity ? '≥ 80' : `${band.upTo - 20}–${band.upTo}`} %
            </li>
          ))}
          <li>
            <span class="swatch" style={{ background: NO_DATA_COLOUR }} />
            {t('map.noData')}
          </li>
        </ul>
      </div>
    </div>
  );
}
