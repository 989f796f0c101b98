import { describe, expect, it } from 'vitest';
import {
  ftsQuery,
  queryWords,
  snippetOf,
} from '../../../../main/services/practice/journalQueries.js';

describe('search words', () => {
  it.each([
    ['Barista', ['barista']],
    ['"free refill" OR -coffee NEAR(x)', ['free', 'refill', 'or', 'coffee', 'near', 'x']],
    ['Café, naïve; DÉJÀ-vu', ['cafe', 'naive', 'deja', 'vu']],
    ['Über Straße', ['uber', 'straße']],
    ["didn't", ['didn', 't']],
    ['  *** ', []],
  ])('%s → %j', (text, words) => {
    expect(queryWords(text)).toEqual(words);
  });

  it('makes every word a required prefix, and keeps at most sixteen', () => {
    expect(ftsQuery(['free', 'refill'])).toBe('free* refill*');
    expect(queryWords('a '.repeat(40))).toHaveLength(16);
  });
});

describe('snippets', () => {
  const text = (parts: ReturnType<typeof snippetOf>) =>
    parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('');

  it('show the first passage with a hit, in column order, marking every hit as typed', () => {
    expect(
      text(
        snippetOf(
          ['Ask for a refill', 'The BARISTA laughed; baristas often do, said the barista.'],
          ['barist'],
        ),
      ),
    ).toBe('The [BARISTA] laughed; [baristas] often do, said the [barista].');
  });

  it('cut long text to fourteen words around the first hit, with ellipses where cut', () => {
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(text(snippetOf([long.replace('w20', 'zebra')], ['zeb']))).toBe(
      '…w16 w17 w18 w19 [zebra] w21 w22 w23 w24 w25 w26 w27 w28 w29…',
    );
  });

  it('are empty when no column holds a hit', () => {
    expect(snippetOf(['nothing here'], ['zebra'])).toEqual([]);
  });
});
