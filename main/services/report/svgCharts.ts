import { escapeHtml } from './escapeHtml.js';

/**
 * The report's charts as inline SVG, drawn by hand: a printed page runs no script and
 * loads nothing, so the charts are plain marks. Each is an image with a title and a
 * description for readers who cannot see it; series differ by line style and marker as
 * well as by colour, so a black-and-white printout still tells them apart.
 */

/** What every chart has: words for those who cannot see it, and one label per x position. */
export interface ChartText {
  /** Unique in the document: the title and description are referred to by id. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly labels: readonly string[];
  readonly yLabel: string;
}

export interface LineSeries {
  readonly name: string;
  /** One per label; null leaves a gap in the line. */
  readonly values: readonly (number | null)[];
  /** Dashed with hollow markers, or solid with filled ones. */
  readonly style: 'dashed' | 'solid';
  readonly colour: string;
}

const width = 640;
const height = 210;
/** The plot's margins: the legend sits above it, the axes' labels left of and below it. */
const margin = { left: 44, right: 12, top: 30, bottom: 40 } as const;
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;
/** About as many "2 Nov" labels as fit side by side under a chart. */
const maxXLabels = 14;
const axisColour = '#4f5660';
const gridColour = '#d6d1c8';

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The centre of position `index` of `count` along the x axis. */
const xOf = (index: number, count: number): number =>
  round1(margin.left + ((index + 0.5) * plotWidth) / count);

const yOf = (value: number, yMax: number): number =>
  round1(margin.top + plotHeight - (value / yMax) * plotHeight);

/** Ticks from 0 to at least `max`, in steps a reader counts in. */
export function countTicks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => s * 4 >= max) ?? 1000;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

function frame(text: ChartText, ticks: readonly number[], body: string): string {
  const yMax = ticks.at(-1) ?? 1;
  const every = Math.ceil(text.labels.length / maxXLabels);
  const grid = ticks
    .map((tick) => {
      const y = yOf(tick, yMax);
      return (
        `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y}" y2="${y}" stroke="${gridColour}" stroke-width="0.6"/>` +
        `<text x="${margin.left - 6}" y="${y + 3.5}" text-anchor="end">${tick}</text>`
      );
    })
    .join('');
  const xLabels = text.labels
    .map((label, index) =>
      index % every === 0
        ? `<text x="${xOf(index, text.labels.length)}" y="${height - margin.bottom + 15}" text-anchor="middle">${escapeHtml(label)}</text>`
        : '',
    )
    .join('');
  const yTitle = `<text transform="translate(11 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(text.yLabel)}</text>`;
  const axis = `<line x1="${margin.left}" x2="${width - margin.right}" y1="${margin.top + plotHeight}" y2="${margin.top + plotHeight}" stroke="${axisColour}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">` +
    `<title id="${text.id}-title">${escapeHtml(text.title)}</title>` +
    `<desc id="${text.id}-desc">${escapeHtml(text.description)}</desc>` +
    `<g font-size="10.5" fill="${axisColour}">${grid}${xLabels}${yTitle}</g>${axis}${body}</svg>`
  );
}

function marker(series: LineSeries, x: number, y: number): string {
  const fill = series.style === 'solid' ? series.colour : '#ffffff';
  return `<circle cx="${x}" cy="${y}" r="3.2" fill="${fill}" stroke="${series.colour}" stroke-width="1.6"/>`;
}

/** A line per series over the labels, on a fixed scale from 0 to the last tick. */
export function lineChart(
  text: ChartText,
  series: readonly LineSeries[],
  ticks: readonly number[],
): string {
  const yMax = ticks.at(-1) ?? 1;
  const count = text.labels.length;
  const lines = series
    .map((one) => {
      const points = one.values.map((value, index) =>
        value === null ? null : { x: xOf(index, count), y: yOf(value, yMax) },
      );
      // A gap (a week without a rating) breaks the line rather than bridging it.
      const path = points
        .map((point, index) =>
          point === null ? '' : `${points[index - 1] ? 'L' : 'M'}${point.x} ${point.y}`,
        )
        .join('');
      const dash = one.style === 'dashed' ? ' stroke-dasharray="6 4"' : '';
      const markers = points.map((point) => (point ? marker(one, point.x, point.y) : '')).join('');
      return (
        `<g class="series" data-series="${escapeHtml(one.name)}">` +
        (path
          ? `<path d="${path}" fill="none" stroke="${one.colour}" stroke-width="2"${dash}/>`
          : '') +
        `${markers}</g>`
      );
    })
    .join('');
  const legend = series
    .map((one, index) => {
      const x = margin.left + index * 200;
      const dash = one.style === 'dashed' ? ' stroke-dasharray="6 4"' : '';
      return (
        `<line x1="${x}" x2="${x + 28}" y1="12" y2="12" stroke="${one.colour}" stroke-width="2"${dash}/>` +
        marker(one, x + 14, 12) +
        `<text x="${x + 36}" y="15.5" font-size="11" fill="#1d2126">${escapeHtml(one.name)}</text>`
      );
    })
    .join('');
  return frame(text, ticks, `${lines}<g class="legend">${legend}</g>`);
}

/** A bar per label, each with its count above it so the printout can be read exactly. */
export function barChart(text: ChartText, values: readonly number[], colour: string): string {
  const ticks = countTicks(Math.max(1, ...values));
  const yMax = ticks.at(-1) ?? 1;
  const band = plotWidth / values.length;
  const barWidth = round1(Math.min(36, band * 0.6));
  const bars = values
    .map((value, index) => {
      const x = round1(xOf(index, values.length) - barWidth / 2);
      const y = yOf(value, yMax);
      const bar = `<rect class="bar" x="${x}" y="${y}" width="${barWidth}" height="${round1(margin.top + plotHeight - y)}" fill="${colour}"/>`;
      const count =
        value > 0
          ? `<text x="${xOf(index, values.length)}" y="${y - 4}" text-anchor="middle" font-size="10.5" fill="#1d2126">${value}</text>`
          : '';
      return bar + count;
    })
    .join('');
  return frame(text, ticks, bars);
}
