import { formatNumber } from '../format';

export interface BarSeries {
  label: string;
  /** A CSS class for the bars' colour (`bar-a`, `bar-b`). */
  className: string;
}

export interface BarGroup {
  key: string;
  label: string;
  /** One value per series; null when the figure is not known. */
  values: (number | null)[];
}

const LABEL_WIDTH = 170;
const BAR_HEIGHT = 18;
const GAP = 4;
const GROUP_GAP = 14;
const WIDTH = 560;
const VALUE_SPACE = 60;

/** A horizontal bar chart in plain SVG: groups of bars, one per series, values written at the end. */
export function BarChart({ title, series, groups, noDataText }: { title: string; series: BarSeries[]; groups: BarGroup[]; noDataText: string }) {
  const max = Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  const groupHeight = series.length * (BAR_HEIGHT + GAP) - GAP;
  const height = groups.length * (groupHeight + GROUP_GAP);
  const scale = (v: number) => (max === 0 ? 0 : (v / max) * (WIDTH - LABEL_WIDTH - VALUE_SPACE));

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {series.length > 1 && (
        <ul className="chart-legend">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`chart-swatch ${s.className}`} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title} className="chart-svg">
        {groups.map((g, gi) => {
          const top = gi * (groupHeight + GROUP_GAP);
          return (
            <g key={g.key}>
              <text x={LABEL_WIDTH - 8} y={top + groupHeight / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                {g.label}
              </text>
              {series.map((s, si) => {
                const v = g.values[si] ?? null;
                const y = top + si * (BAR_HEIGHT + GAP);
                const w = v === null ? 0 : scale(v);
                return (
                  <g key={s.label}>
                    <title>{`${g.label} — ${s.label}: ${v === null ? noDataText : formatNumber(v)}`}</title>
                    <rect x={LABEL_WIDTH} y={y} width={Math.max(w, v ? 1 : 0)} height={BAR_HEIGHT} className={`chart-bar ${s.className}`} />
                    <text x={LABEL_WIDTH + w + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="chart-value">
                      {v === null ? noDataText : formatNumber(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
