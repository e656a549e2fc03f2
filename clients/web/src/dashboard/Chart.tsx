import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  labelEvery,
  labelled,
  nextPosition,
  niceAxis,
  segments,
  slotCentre,
  valueY,
  type Position,
} from './chart-model';
import { HIDDEN_TEXT } from './model';

/** One line or one set of bars: a value per category; null when hidden (`hidden`) or when there is none. */
export interface ChartSeries {
  key: string;
  label: string;
  values: readonly (number | null)[];
  /** Which values the graph hid (shown as "<5"); the other nulls are simply not there. */
  hidden?: readonly boolean[];
}

export interface ChartProps {
  /** Unique on the page: the ids of the title, description and patterns start with it. */
  id: string;
  kind: 'line' | 'bar';
  title: string;
  /** The one-sentence summary; read with the title as the picture's description. */
  summary: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** A line across the chart, such as NAV's requirement of 50 %. */
  reference?: { value: number; label: string };
  /** How a value reads on the axis and in the tooltip (a number by default). */
  format?(value: number): string;
  /** Values are not counts of people (a share): the axis may have steps between whole numbers. */
  fractional?: boolean;
}

const WIDTH = 640;
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
const DASHES = [undefined, '8 4', '2 4', '10 4 2 4'];

/** The marker of series `index`: a shape besides the colour, so the series can be told apart without colour. */
function Marker({ index, x, y, hollow }: { index: number; x: number; y: number; hollow?: boolean }) {
  const shape = MARKERS[index % MARKERS.length];
  const className = hollow ? 'chart-marker chart-marker-hidden' : 'chart-marker';
  if (shape === 'circle') return <circle className={className} cx={x} cy={y} r={5} />;
  if (shape === 'square') return <rect className={className} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
  if (shape === 'triangle')
    return <polygon className={className} points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} />;
  return <polygon className={className} points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} />;
}

/** The fill patterns of the bars, one per series: plain, stripes, dots, crossed (besides the colour). */
function Patterns({ id, count }: { id: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => (
        <pattern
          key={i}
          id={`${id}-pattern-${i}`}
          className={`chart-s${i % 4}`}
          patternUnits="userSpaceOnUse"
          width={8}
          height={8}
        >
          <rect className="chart-fill" width={8} height={8} />
          {i % 4 === 1 && <path className="chart-hatch" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" />}
          {i % 4 === 2 && <circle className="chart-hatch-dot" cx={4} cy={4} r={1.6} />}
          {i % 4 === 3 && <path className="chart-hatch" d="M0,0 l8,8 M8,0 l-8,8" />}
        </pattern>
      ))}
    </defs>
  );
}

/**
 * A chart of our own as an accessible SVG: `role="img"` named by its title and described by its summary; each
 * point (or bar) is reached by keyboard (Tab to the chart, then the arrow keys, Home and End) and shows its value
 * in a tooltip while focused, and names it for a screen reader. Series differ by marker, line dash or fill pattern
 * as well as colour, and the axes are labelled. The data table beside it holds the same figures.
 */
export function Chart(props: ChartProps) {
  const { t, i18n } = useTranslation();
  const { id, kind, title, summary, categories, series, xLabel, yLabel, reference } = props;
  const format = props.format ?? ((value: number) => value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO'));
  const [active, setActive] = useState<Position>({ series: 0, index: 0 });
  const [focused, setFocused] = useState(false);
  const points = useRef(new Map<string, SVGGElement>());
  const size = { series: series.length, categories: categories.length };
  const present = (p: Position) =>
    series[p.series]?.values[p.index] != null || Boolean(series[p.series]?.hidden?.[p.index]);
  const current = present(active) ? active : (firstPresent(series, categories.length) ?? active);

  const shown = series.flatMap((s) => s.values.filter((v): v is number => v != null));
  const axis = niceAxis(Math.max(0, ...shown, reference?.value ?? 0), { integer: !props.fractional });
  const name = (p: Position) => {
    const s = series[p.series];
    const value = s.values[p.index];
    const text = value != null ? format(value) : `${HIDDEN_TEXT} (${t('dashboard.hidden')})`;
    return `${categories[p.index]}, ${s.label}: ${text}`;
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const next = nextPosition(event.key, current, size, present);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    points.current.get(`${next.series}-${next.index}`)?.focus();
  };
  const point = (p: Position, x: number, y: number, children: React.ReactNode) => {
    const isActive = p.series === current.series && p.index === current.index;
    return (
      <g
        key={`${p.series}-${p.index}`}
        ref={(element) => {
          if (element) points.current.set(`${p.series}-${p.index}`, element);
          else points.current.delete(`${p.series}-${p.index}`);
        }}
        className={`chart-point chart-s${p.series % 4}`}
        role="img"
        aria-label={name(p)}
        tabIndex={isActive ? 0 : -1}
        onFocus={() => {
          setActive(p);
          setFocused(true);
        }}
        onBlur={() => setFocused(false)}
        data-x={x}
        data-y={y}
      >
        {children}
      </g>
    );
  };

  const legend = (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.key}>
          <svg width={kind === 'line' ? 32 : 18} height={18} className={`chart-s${i % 4}`} focusable="false">
            {kind === 'line' ? (
              <>
                <line className="chart-line" x1={0} y1={9} x2={32} y2={9} strokeDasharray={DASHES[i % 4]} />
                <Marker index={i} x={16} y={9} />
              </>
            ) : (
              <>
                <Patterns id={`${id}-legend`} count={series.length} />
                <rect
                  className="chart-bar"
                  x={1}
                  y={1}
                  width={16}
                  height={16}
                  fill={`url(#${id}-legend-pattern-${i})`}
                />
              </>
            )}
          </svg>
          {s.label}
        </li>
      ))}
      {reference && (
        <li>
          <svg width={32} height={18} focusable="false">
            <line className="chart-reference" x1={0} y1={9} x2={32} y2={9} />
          </svg>
          {reference.label}
        </li>
      )}
    </ul>
  );

  if (categories.length === 0 || series.length === 0) return null;
  const body = kind === 'line' ? lineBody() : barBody();
  return (
    <figure className="chart">
      {legend}
      <div className="chart-scroll">{body}</div>
    </figure>
  );

  function tooltip(p: Position, x: number, y: number, width: number) {
    const text = name(p);
    const boxWidth = Math.min(width, 12 + text.length * 7.2);
    const left = Math.max(0, Math.min(width - boxWidth, x - boxWidth / 2));
    const top = y - 40 < 0 ? y + 12 : y - 40;
    return (
      <g className="chart-tooltip" aria-hidden="true">
        <rect x={left} y={top} width={boxWidth} height={28} rx={4} />
        <text x={left + 6} y={top + 19}>
          {text}
        </text>
      </g>
    );
  }

  function frame(
    height: number,
    plot: { left: number; top: number; width: number; height: number },
    inner: React.ReactNode,
    tip: React.ReactNode,
  ) {
    return (
      <svg
        className="chart-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        onKeyDown={onKeyDown}
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{`${summary} ${t('dashboard.chartKeys')}`}</desc>
        {kind === 'bar' && <Patterns id={id} count={series.length} />}
        <g transform={`translate(${plot.left},${plot.top})`}>{inner}</g>
        <text className="chart-axis-label" x={plot.left + plot.width / 2} y={height - 4} textAnchor="middle">
          {kind === 'line' ? xLabel : yLabel}
        </text>
        {tip}
      </svg>
    );
  }

  function lineBody() {
    const plot = { left: 56, top: 16, width: WIDTH - 56 - 16, height: 200 };
    const height = plot.top + plot.height + 60;
    const every = labelEvery(categories.length, 8);
    const x = (index: number) => slotCentre(index, categories.length, plot.width);
    const y = (value: number) => valueY(value, axis.max, plot.height);
    const inner = (
      <>
        {axis.ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={0} x2={plot.width} y1={y(tick)} y2={y(tick)} />
            <text x={-8} y={y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        <line className="chart-axis" x1={0} x2={plot.width} y1={plot.height} y2={plot.height} />
        <line className="chart-axis" x1={0} x2={0} y1={0} y2={plot.height} />
        <text
          className="chart-axis-label"
          transform={`translate(-44,${plot.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
        {categories.map((label, index) =>
          labelled(index, categories.length, every) ? (
            <text key={label} className="chart-tick" x={x(index)} y={plot.height + 18} textAnchor="middle">
              {label}
            </text>
          ) : null,
        )}
        {reference && (
          <line className="chart-reference" x1={0} x2={plot.width} y1={y(reference.value)} y2={y(reference.value)} />
        )}
        {series.map((s, si) => (
          <g key={s.key} className={`chart-s${si % 4}`}>
            {segments(s.values).map((segment) => (
              <polyline
                key={segment[0]}
                className="chart-line"
                strokeDasharray={DASHES[si % 4]}
                points={segment.map((index) => `${x(index)},${y(s.values[index]!)}`).join(' ')}
              />
            ))}
          </g>
        ))}
        {series.map((s, si) =>
          s.values.map((value, index) => {
            if (value == null && !s.hidden?.[index]) return null;
            const py = value != null ? y(value) : plot.height;
            return point(
              { series: si, index },
              x(index),
              py,
              <Marker index={si} x={x(index)} y={py} hollow={value == null} />,
            );
          }),
        )}
      </>
    );
    const tip =
      focused && present(current)
        ? tooltip(current, plot.left + x(current.index), plot.top + pointY(current), WIDTH)
        : null;
    function pointY(p: Position) {
      const value = series[p.series].values[p.index];
      return value != null ? y(value) : plot.height;
    }
    return frame(height, plot, inner, tip);
  }

  function barBody() {
    const barHeight = 14;
    const rowHeight = series.length * barHeight + 12;
    const plot = { left: 190, top: 8, width: WIDTH - 190 - 56, height: rowHeight * categories.length };
    const height = plot.top + plot.height + 52;
    const x = (value: number) => (Math.max(0, value) / axis.max) * plot.width;
    const barY = (p: Position) => p.index * rowHeight + 6 + p.series * barHeight;
    const inner = (
      <>
        {axis.ticks.map((tick) => (
          <g key={tick} className="chart-grid">
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={plot.height} />
            <text x={x(tick)} y={plot.height + 16} textAnchor="middle">
              {format(tick)}
            </text>
          </g>
        ))}
        <line className="chart-axis" x1={0} x2={0} y1={0} y2={plot.height} />
        <line className="chart-axis" x1={0} x2={plot.width} y1={plot.height} y2={plot.height} />
        {categories.map((label, index) => (
          <text key={label} className="chart-tick" x={-8} y={index * rowHeight + rowHeight / 2 + 4} textAnchor="end">
            {label.length > 24 ? `${label.slice(0, 23)}…` : label}
          </text>
        ))}
        <text
          className="chart-axis-label"
          transform={`translate(-180,${plot.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {xLabel}
        </text>
        {reference && (
          <line className="chart-reference" x1={x(reference.value)} x2={x(reference.value)} y1={0} y2={plot.height} />
        )}
        {series.map((s, si) =>
          s.values.map((value, index) => {
            if (value == null && !s.hidden?.[index]) return null;
            const p = { series: si, index };
            const top = barY(p);
            return point(
              p,
              x(value ?? 0),
              top,
              value != null ? (
                <>
                  <rect
                    className="chart-bar"
                    x={0}
                    y={top}
                    width={Math.max(1, x(value))}
                    height={barHeight - 2}
                    fill={`url(#${id}-pattern-${si})`}
                  />
                  <text className="chart-value" x={x(value) + 4} y={top + barHeight - 4}>
                    {format(value)}
                  </text>
                </>
              ) : (
                <>
                  <rect className="chart-bar chart-bar-hidden" x={0} y={top} width={18} height={barHeight - 2} />
                  <text className="chart-value" x={22} y={top + barHeight - 4}>
                    {HIDDEN_TEXT}
                  </text>
                </>
              ),
            );
          }),
        )}
      </>
    );
    const tip =
      focused && present(current)
        ? tooltip(
            current,
            plot.left + x(series[current.series].values[current.index] ?? 0),
            plot.top + barY(current),
            WIDTH,
          )
        : null;
    return frame(height, plot, inner, tip);
  }
}

function firstPresent(series: readonly ChartSeries[], count: number): Position | null {
  for (let s = 0; s < series.length; s++)
    for (let index = 0; index < count; index++)
      if (series[s].values[index] != null || series[s].hidden?.[index]) return { series: s, index };
  return null;
}
