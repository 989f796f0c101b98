/**
 * The performance mark the insights page sets when an answer to `insights.get` arrives:
 * where drawing starts. A profile shows it on its timeline, and the drawing benchmark
 * (bench/insightsDraw.bench.ts) times the charts from it.
 */
export const insightsDataArrivedMark = 'insights:data-arrived';
