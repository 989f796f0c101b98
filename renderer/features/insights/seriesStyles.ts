import type { Category } from '../../../shared/domain/practice/challenges.js';

/**
 * Every series the insights draw, and how each looks: one colour token, one dash pattern
 * and one mark shape, the same on every chart, so a reader who learnt "orange squares
 * are the peak" once reads every chart by it. Colour is never the only signal: the
 * dashes and shapes tell the series apart in grey, and the legend names them.
 */
/**
 * Listed as the story is told (what you expected, how high it really went, how you felt
 * after, then the rest): charts draw, and so their legends list, series in this order.
 */
export const seriesKeys = [
  'expected',
  'peak',
  'after',
  'happened',
  'hardest',
  'average',
  'planned',
  'done',
  'notTried',
  'skipped',
] as const;
export type SeriesKey = (typeof seriesKeys)[number];

/** The marks recharts draws at a line's points (and in its legend). */
export type Mark = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

export interface SeriesStyle {
  /** The CSS custom property that holds the colour, defined per theme in insights.css. */
  readonly token: `--series-${string}`;
  /** An SVG stroke-dasharray; undefined for a solid line. */
  readonly dash: string | undefined;
  readonly mark: Mark;
  /**
   * How its bars are filled beside their colour: a bar has no dash or mark of its own,
   * so where bars of two series stand side by side, one of them is textured.
   */
  readonly texture?: Texture;
}

export type Texture = 'stripes' | 'dots';

export const seriesStyles: Record<SeriesKey, SeriesStyle> = {
  expected: { token: '--series-expected', dash: '6 4', mark: 'circle' },
  peak: { token: '--series-peak', dash: undefined, mark: 'square' },
  after: { token: '--series-after', dash: '2 3', mark: 'triangle' },
  // What really came, against what was expected: a "no" counted, not a feeling rated.
  happened: { token: '--series-happened', dash: undefined, mark: 'diamond', texture: 'stripes' },
  // The two difficulty series measure one thing: one hue, told apart by dash and mark.
  hardest: { token: '--series-difficulty', dash: undefined, mark: 'star' },
  average: { token: '--series-difficulty', dash: '6 4', mark: 'circle' },
  planned: { token: '--series-planned', dash: undefined, mark: 'square' },
  done: { token: '--series-done', dash: undefined, mark: 'diamond' },
  notTried: { token: '--series-not-tried', dash: undefined, mark: 'triangle', texture: 'stripes' },
  skipped: { token: '--series-skipped', dash: undefined, mark: 'cross', texture: 'dots' },
};

/** A style's colour as an SVG paint that follows the theme. */
export function paint(style: SeriesStyle): string {
  return `var(${style.token})`;
}

/**
 * The habituation lines, one per setting: their own palette (a setting is not a stage of
 * the story), each with a dash and mark of its own.
 */
export const categoryStyles: Record<Category, SeriesStyle> = {
  food_and_shops: { token: '--series-category-1', dash: undefined, mark: 'circle' },
  strangers: { token: '--series-category-2', dash: '6 4', mark: 'square' },
  work_and_study: { token: '--series-category-3', dash: '2 3', mark: 'triangle' },
  social: { token: '--series-category-4', dash: '8 3 2 3', mark: 'diamond' },
  money: { token: '--series-category-5', dash: undefined, mark: 'star' },
  online: { token: '--series-category-6', dash: '6 4', mark: 'cross' },
  public_places: { token: '--series-category-7', dash: '2 3', mark: 'wye' },
  services: { token: '--series-category-8', dash: '8 3 2 3', mark: 'circle' },
};
