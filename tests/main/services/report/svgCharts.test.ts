import { describe, expect, it } from 'vitest';
import { barChart, countTicks, lineChart } from '../../../../main/services/report/svgCharts.js';

const text = {
  id: 'test-chart',
  title: 'Distress <by> week',
  description: 'Predicted & actual',
  labels: ['2 Nov', '9 Nov', '16 Nov', '23 Nov'],
  yLabel: 'Distress',
};

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;

/** Every element opened is closed, in order: the SVG is well-formed XML. */
function expectWellFormed(svg: string): void {
  const open: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(/<(\/?)(\w+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) expect(open.pop(), tag).toBe(name);
    else open.push(name ?? '');
  }
  expect(open).toEqual([]);
}

describe('lineChart', () => {
  const svg = lineChart(
    text,
    [
      { name: 'Predicted', values: [80, 70, null, 50], style: 'dashed', colour: '#4f5660' },
      { name: 'Actual', values: [60, 50, 65, 30], style: 'solid', colour: '#1b6670' },
    ],
    [0, 25, 50, 75, 100],
  );
  const series = (name: string) =>
    svg.slice(
      svg.indexOf(`data-series="${name}"`),
      svg.indexOf('</g>', svg.indexOf(`data-series="${name}"`)),
    );

  it('is an image named by its escaped title and description', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="test-chart-title test-chart-desc">/,
    );
    expect(svg).toContain('<title id="test-chart-title">Distress &lt;by&gt; week</title>');
    expect(svg).toContain('<desc id="test-chart-desc">Predicted &amp; actual</desc>');
    expectWellFormed(svg);
  });

  it('marks each value with a point, and breaks the line at a gap', () => {
    expect(count(series('Predicted'), /<circle/g)).toBe(3);
    expect(count(series('Actual'), /<circle/g)).toBe(4);
    expect(series('Predicted')).toMatch(/d="M[\d. ]+L[\d. ]+M[\d. ]+"/);
    expect(series('Actual')).toMatch(/d="M[\d. ]+(L[\d. ]+){3}"/);
  });

  it('tells the series apart by line and marker, not by colour alone', () => {
    expect(series('Predicted')).toContain('stroke-dasharray');
    expect(series('Actual')).not.toContain('stroke-dasharray');
    expect(series('Predicted')).toContain('fill="#ffffff"');
  });

  it('labels the axes: every tick and every week', () => {
    for (const tick of ['0', '25', '50', '75', '100']) expect(svg).toContain(`>${tick}</text>`);
    for (const label of text.labels) expect(svg).toContain(`>${label}</text>`);
  });

  it('thins the week labels of a long range to about fourteen', () => {
    const labels = Array.from({ length: 53 }, (_, i) => `W${i + 1}`);
    const long = lineChart({ ...text, labels }, [], [0, 100]);
    expect(count(long, />W\d+<\/text>/g)).toBe(14);
  });
});

describe('barChart', () => {
  it('draws a bar per week, with its count above the ones that have any', () => {
    const svg = barChart(text, [2, 0, 5, 1], '#b4460c');
    expect(count(svg, /<rect class="bar"/g)).toBe(4);
    expect(count(svg, /<text[^>]*fill="#1d2126">\d+<\/text>/g)).toBe(3);
    expectWellFormed(svg);
  });

  it('draws a week without a refusal as no bar at all', () => {
    expect(barChart(text, [0, 0, 0, 0], '#b4460c')).toMatch(/height="0"/);
  });
});

describe('countTicks', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [4, [0, 1, 2, 3, 4]],
    [5, [0, 2, 4, 6]],
    [17, [0, 5, 10, 15, 20]],
  ])('counts to %i in steps a reader counts in', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });
});
