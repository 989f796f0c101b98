import type { ReactElement, ReactNode } from 'react';
import {
  Bar,
  CartesianGrid,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisProps,
} from 'recharts';
import { formatValue } from './chartFormat.js';
import { paint, type SeriesStyle } from './seriesStyles.js';

const chartHeight = 240;
const chartMargin = { top: 8, right: 16, bottom: 0, left: 0 };
/**
 * Room at either end of the x axis for its first and last labels, which a line chart
 * centres on its first and last points: at the SVG's edge, they were cut ("2026-").
 */
const axisPadding = { left: 28, right: 28 };
/**
 * Lines mark each point while there are few (a week alone shows as a mark, not as
 * nothing); beyond, marks crowd the line and cost an SVG element each.
 */
const marksUpTo = 30;
/** About as many "Nov 23" labels as fit side by side under a chart. */
const xLabels = 10;

/** A chart's box: the full width of its card, a fixed height. */
export function ChartBox({ children }: { readonly children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={chartHeight}>
      {children}
    </ResponsiveContainer>
  );
}

/**
 * What the chart element itself takes: the margin every chart shares, and recharts'
 * keyboard layer. With it the drawing takes focus, named by `title`; the arrow keys move
 * the tooltip from point to point, and it is read out as it changes. The table beside
 * each chart gives every number at once.
 */
export function chartProps(title: string) {
  return {
    margin: chartMargin,
    accessibilityLayer: true,
    title: `${title}: the left and right arrow keys read each point.`,
  } as const;
}

/** A row's own words for a value, where a bare number would hide its count. */
export type Describe = (dataKey: string, value: number, row: object) => string | undefined;

/**
 * What every chart here shares: the grid, the axes in the theme's colours, the tooltip
 * and (where more than one series is drawn) the legend in the story's order. An array,
 * as recharts reads a chart's direct children.
 */
export function chartFrame({
  y,
  legend = true,
  points,
  tooltipTitle = (label) => label,
  describe,
}: {
  y: Omit<YAxisProps, 'ref'>;
  legend?: boolean;
  /**
   * How many points the x axis spans: it then labels every nth so that about `xLabels`
   * show, instead of measuring each label in the page to choose (a forced layout per label).
   */
  points?: number;
  /** The tooltip's heading from the point's axis label: "Week of Nov 23". */
  tooltipTitle?: (label: string) => string;
  describe?: Describe;
}): ReactElement[] {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="var(--border)" />,
    <XAxis
      key="x"
      dataKey="label"
      stroke="var(--text-muted)"
      padding={axisPadding}
      {...(points === undefined ? {} : { interval: Math.max(0, Math.ceil(points / xLabels) - 1) })}
    />,
    <YAxis key="y" {...y} stroke="var(--text-muted)" />,
    // Recharts' default tooltip is white with series-coloured text: unreadable in the dark theme.
    <Tooltip
      key="tooltip"
      contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
      labelStyle={{ color: 'var(--text)' }}
      cursor={{ fill: 'var(--surface-muted)', stroke: 'var(--border)' }}
      // Drawing order, the story's, as in the legend: the default sorts by name. The sort
      // is stable, so one rank for all keeps that order.
      itemSorter={() => 0}
      labelFormatter={(label: ReactNode) =>
        typeof label === 'string' ? tooltipTitle(label) : label
      }
      formatter={(value, _name, item) =>
        typeof value === 'number'
          ? (describe?.(String(item.dataKey), value, item.payload as object) ?? formatValue(value))
          : value
      }
    />,
    // In drawing order, which is the story's (expected → peak → after): recharts sorts
    // by name otherwise, which put "After" first.
    ...(legend ? [<Legend key="legend" itemSorter={null} />] : []),
  ];
}

/** A line drawn in its series' style: colour, dash, and a mark at each point while few. */
export function seriesLine({
  dataKey,
  name,
  style,
  points,
  connectNulls = false,
}: {
  dataKey: string;
  name: string;
  style: SeriesStyle;
  points: number;
  connectNulls?: boolean;
}): ReactElement {
  // Drawn still (isAnimationActive={false}): an animation replays on each range change,
  // costs a frame per step with thousands of points, and moves for users who asked for
  // reduced motion.
  return (
    <Line
      key={dataKey}
      isAnimationActive={false}
      dataKey={dataKey}
      name={name}
      stroke={paint(style)}
      strokeWidth={2}
      {...(style.dash === undefined ? {} : { strokeDasharray: style.dash })}
      dot={points <= marksUpTo ? { symbol: style.mark, r: 4, fill: paint(style) } : false}
      legendType={style.mark}
      connectNulls={connectNulls}
    />
  );
}

/** One series of bars in a chart. */
export interface BarSeries {
  readonly dataKey: string;
  readonly name: string;
  readonly style: SeriesStyle;
}

/** A texture's id, unique on the page: every chart defines its own. */
function textureId(chartId: string, dataKey: string): string {
  // useId's ids hold characters (":", "«") that a url(#…) reference would need escaped.
  return `texture-${chartId.replace(/[^\w-]/g, '')}-${dataKey}`;
}

/** The pattern that fills a textured series' bars: its colour, lighter, under its marks. */
function TexturePattern({ id, style }: { id: string; style: SeriesStyle }) {
  const colour = paint(style);
  return (
    <pattern
      id={id}
      width={8}
      height={8}
      patternUnits="userSpaceOnUse"
      {...(style.texture === 'stripes' ? { patternTransform: 'rotate(45)' } : {})}
    >
      <rect width={8} height={8} fill={colour} fillOpacity={0.45} />
      {style.texture === 'stripes' ? (
        <rect width={4} height={8} fill={colour} />
      ) : (
        <circle cx={4} cy={4} r={2.5} fill={colour} />
      )}
    </pattern>
  );
}

/**
 * Bars of each series in its colour, textured where its style says, the legend showing
 * its mark. An array for the chart's direct children: the textures' definitions, then
 * the bars. `chartId` keeps one chart's textures from another's.
 */
export function seriesBars(chartId: string, bars: readonly BarSeries[]): ReactElement[] {
  const textured = bars.filter((bar) => bar.style.texture !== undefined);
  return [
    ...(textured.length === 0
      ? []
      : [
          <defs key="textures">
            {textured.map((bar) => (
              <TexturePattern
                key={bar.dataKey}
                id={textureId(chartId, bar.dataKey)}
                style={bar.style}
              />
            ))}
          </defs>,
        ]),
    ...bars.map(({ dataKey, name, style }) => (
      <Bar
        key={dataKey}
        isAnimationActive={false}
        dataKey={dataKey}
        name={name}
        fill={style.texture === undefined ? paint(style) : `url(#${textureId(chartId, dataKey)})`}
        // The outline carries the colour where a texture lightens the fill.
        stroke={paint(style)}
        legendType={style.mark}
      />
    )),
  ];
}
