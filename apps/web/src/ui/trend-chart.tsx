import { useI18n } from '../i18n/i18n';

export interface TrendPoint {
  month: number;
  reachedMonthly: number;
  reachedConsolidated: number;
  peopleInNeed: number | null;
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };

/**
 * The months of a plan year as a small SVG line chart (no chart library, nothing from outside): people
 * reached in each month, consolidated reach, and people in need as a dashed line when known. The same
 * figures are in a table under it for screen readers and for copying.
 */
export function TrendChart(props: { points: TrendPoint[]; label: string }) {
  const { t, formatNumber } = useI18n();
  const needs = props.points.map((point) => point.peopleInNeed ?? 0);
  const top = Math.max(
    1,
    ...props.points.map((point) => Math.max(point.reachedConsolidated, point.reachedMonthly)),
    ...needs,
  );
  const x = (month: number) =>
    PAD.left + ((month - 1) / Math.max(1, props.points.length - 1)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom);
  const line = (value: (point: TrendPoint) => number | null) =>
    props.points
      .filter((point) => value(point) !== null)
      .map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.month).toFixed(1)},${y(value(point)!).toFixed(1)}`)
      .join(' ');
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.label} class="trend-chart">
        <line x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} class="axis" />
        <text x={PAD.left - 6} y={y(top) + 4} class="tick" text-anchor="end">
          {formatNumber(top)}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} class="tick" text-anchor="end">
          0
        </text>
        {props.points.map((point) => (
          <text x={x(point.month)} y={HEIGHT - 8} class="tick" text-anchor="middle">
            {point.month}
          </text>
        ))}
        {props.points.some((point) => point.peopleInNeed !== null) && (
          <path d={line((point) => point.peopleInNeed)} class="series needs" />
        )}
        <path d={line((point) => point.reachedConsolidated)} class="series consolidated" data-series="consolidated" />
        <path d={line((point) => point.reachedMonthly)} class="series monthly" data-series="monthly" />
      </svg>
      <figcaption>
        <span class="key monthly">{t('map.reachedMonthly')}</span> ·{' '}
        <span class="key consolidated">{t('map.reachedConsolidated')}</span> ·{' '}
        <span class="key needs">{t('map.peopleInNeed')}</span>
      </figcaption>
      <table class="visually-hidden">
        <caption>{props.label}</caption>
        <tbody>
          {props.points.map((point) => (
            <tr>
              <th scope="row">{point.month}</th>
              <td>{point.reachedMonthly}</td>
              <td>{point.reachedConsolidated}</td>
              <td>{point.peopleInNeed ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
