/**
 * The most bars or points a weekly chart draws. A chart is about 900 px wide: beyond
 * a few hundred marks they are thinner than a pixel and show nothing more, while each
 * one costs the renderer an SVG element (274 years of practice are 14,000 weeks).
 */
export const maxChartSpans = 150;

/**
 * The most weeks or spans a bar chart draws: a year of weekly bars. Each bar is a
 * component of its own in recharts, many times the cost of a point on a line.
 */
export const maxBarSpans = 52;

/**
 * A sentence for a chart's summary when each mark gathers several weeks. Weeks, not a
 * length of time: a series lists only the weeks that have something to show.
 */
export function spanNote(weeks: number): string {
  return weeks === 1 ? '' : ` Each mark here gathers ${weeks} weeks, labelled by the first.`;
}
