import { describe, expect, it } from 'vitest';
import {
  challengeLibrary,
  libraryChallenge,
  libraryVersion,
} from '../../../../shared/domain/practice/challengeLibrary.js';
import { categories, challengeSchema } from '../../../../shared/domain/practice/challenges.js';

const difficulties = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * Words that would put a built-in challenge on the wrong side of rule 2 in domain.md.
 * Only titles and descriptions are checked: boundary notes must be free to say
 * "never touch anyone". Each alternative targets one kind of harm, phrased narrowly
 * enough that ordinary requests ("take a photo of me", "borrow a pen") pass.
 */
const crossesABoundary = new RegExp(
  String.raw`\b(` +
    [
      // Touching anyone, however friendly.
      String.raw`hug(s|ging)?|kiss(es|ing)?|touch(es|ing)?|cuddl\w*|hold(ing)? hands|shak(e|ing) hands|handshakes?|massag\w*`,
      // Anything sexual or romantically pushy, including asking for a stranger's number.
      String.raw`sex\w*|flirt\w*|date me|on a date|ask (them|someone|a stranger) out|(their|her|his) (phone )?number`,
      // Filming or photographing other people, which the library never asks for.
      String.raw`((film|record|photograph|video)(s|ed|ing)?|photos? of) (a |the |other )?(them|him|her|people|passers-by|strangers?|someone|staff|customers)|secretly|hidden camera`,
      // Pestering the same person instead of accepting the first no.
      String.raw`again and again|keep asking|ask (them )?again|until they (say yes|agree|give in)|won'?t take no|follow (them|him|her|someone)`,
    ].join('|') +
    String.raw`)\b`,
  'i',
);

describe('the challenge library', () => {
  it('holds only well-formed challenges once marked as library ones', () => {
    for (const { since, ...challenge } of challengeLibrary) {
      expect(Number.isInteger(since), challenge.id).toBe(true);
      expect(() => challengeSchema.parse({ ...challenge, source: 'library' })).not.toThrow();
      expect(challenge.id).toMatch(/^lib\.[a-z0-9-]+$/);
    }
  });

  it('never gives two challenges the same id or the same title', () => {
    const ids = challengeLibrary.map((challenge) => challenge.id);
    const titles = challengeLibrary.map((challenge) => challenge.title.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('offers more than the 60 challenges the brief asks for', () => {
    expect(challengeLibrary.length).toBeGreaterThanOrEqual(72);
  });

  it.each(difficulties)('has at least five challenges at difficulty %i', (difficulty) => {
    const atLevel = challengeLibrary.filter((challenge) => challenge.difficulty === difficulty);
    expect(atLevel.length).toBeGreaterThanOrEqual(5);
  });

  it.each(categories)('has at least six challenges in %s', (category) => {
    const inCategory = challengeLibrary.filter((challenge) => challenge.category === category);
    expect(inCategory.length).toBeGreaterThanOrEqual(6);
  });

  it('ships nothing newer than its own version', () => {
    for (const challenge of challengeLibrary) {
      expect(challenge.since, challenge.id).toBeGreaterThanOrEqual(1);
      expect(challenge.since, challenge.id).toBeLessThanOrEqual(libraryVersion);
    }
  });

  it('explains every challenge in one or two sentences, with boundary notes', () => {
    for (const { id, description, boundaryNotes } of challengeLibrary) {
      const sentences = description.match(/[.!?](\s|$)/g) ?? [];
      expect(sentences.length, id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, id).toBeLessThanOrEqual(2);
      expect(boundaryNotes.trim(), id).not.toBe('');
    }
  });

  it('asks for nothing that crosses the boundary rule', () => {
    for (const { id, title, description } of challengeLibrary) {
      expect(`${title} ${description}`, id).not.toMatch(crossesABoundary);
    }
  });
});

describe('the boundary lint', () => {
  it.each([
    'Ask a stranger for a hug',
    'Ask a commuter whether you can shake hands',
    'Ask a barista for their number',
    'Flirt with the cashier',
    'Film them saying no',
    'Photograph a stranger on the bus',
    'Take a photo of the staff when they refuse',
    'Keep asking until they say yes',
  ])('catches "%s"', (request) => {
    expect(request).toMatch(crossesABoundary);
  });

  it.each([
    'Ask a stranger to take a photo of you',
    'Ask to borrow a pen',
    'Ask a friend to lend you a book they have just finished',
    'Ask a passer-by what time it is',
  ])('lets "%s" through', (request) => {
    expect(request).not.toMatch(crossesABoundary);
  });
});

describe('libraryChallenge', () => {
  it('finds a built-in challenge by its id', () => {
    expect(libraryChallenge('lib.ask-the-time')).toMatchObject({
      category: 'strangers',
      difficulty: 1,
    });
  });

  it('finds every challenge the library ships', () => {
    for (const challenge of challengeLibrary) {
      expect(libraryChallenge(challenge.id)).toBe(challenge);
    }
  });

  it.each(['lib.no-such-challenge', 'custom.0b7c4f1e-3a2d-4c5b-9e8f-1a2b3c4d5e6f', ''])(
    'returns undefined for %j',
    (id) => {
      expect(libraryChallenge(id)).toBeUndefined();
    },
  );
});
