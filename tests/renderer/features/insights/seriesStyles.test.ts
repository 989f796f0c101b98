import { describe, expect, it } from 'vitest';
import { categories } from '../../../../shared/domain/practice/challenges.js';
import {
  categoryStyles,
  paint,
  seriesKeys,
  seriesStyles,
} from '../../../../renderer/features/insights/seriesStyles.js';

const look = (style: { token: string; dash: string | undefined; mark: string }) =>
  `${style.token} ${style.dash ?? 'solid'} ${style.mark}`;

describe('each series keeps one look on every chart', () => {
  it('lists the story first: expected, then peak, then after', () => {
    expect(seriesKeys.slice(0, 3)).toEqual(['expected', 'peak', 'after']);
  });

  it.each([
    ['expected', '--series-expected', '6 4', 'circle'],
    ['peak', '--series-peak', undefined, 'square'],
    ['after', '--series-after', '2 3', 'triangle'],
  ] as const)('%s is drawn in %s, dashed %s, marked by a %s', (key, token, dash, mark) => {
    expect(seriesStyles[key]).toEqual({ token, dash, mark });
    expect(paint(seriesStyles[key])).toBe(`var(${token})`);
  });

  it('tells every series of the story apart by colour and by dash or mark', () => {
    const story = [seriesStyles.expected, seriesStyles.peak, seriesStyles.after];
    expect(new Set(story.map((style) => style.token)).size).toBe(3);
    expect(new Set(story.map((style) => style.mark)).size).toBe(3);
    expect(new Set(story.map((style) => style.dash ?? 'solid')).size).toBe(3);
  });

  it('never draws two series the same way, even when they share a colour', () => {
    const looks = seriesKeys.map((key) => look(seriesStyles[key]));
    expect(new Set(looks).size).toBe(looks.length);
  });

  it.each([[['expected', 'happened']], [['planned', 'done', 'notTried', 'skipped']]] as const)(
    'textures one of the bar series side by side (%o), each in its own colour',
    (keys) => {
      const fills = keys.map((key) => seriesStyles[key].texture ?? 'solid');
      // Beside colour, a texture: in grey, the textured bars still stand apart.
      expect(new Set(keys.map((key) => seriesStyles[key].token)).size).toBe(keys.length);
      expect(fills).toContain('stripes');
    },
  );

  it('gives every setting its own colour and its own look', () => {
    const tokens = categories.map((category) => categoryStyles[category].token);
    expect(new Set(tokens).size).toBe(categories.length);
    const looks = categories.map((category) => look(categoryStyles[category]));
    expect(new Set(looks).size).toBe(categories.length);
  });
});
