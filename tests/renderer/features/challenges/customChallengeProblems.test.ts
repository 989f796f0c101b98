import { describe, expect, it } from 'vitest';
import { problemsByField } from '../../../../renderer/components/fieldProblems.js';
import {
  customChallengeFieldOf,
  customChallengeSchema,
  customChallengeWordsFor,
} from '../../../../renderer/features/challenges/customChallengeProblems.js';
import type { BoundaryAnswers } from '../../../../shared/domain/practice/boundaryCheck.js';

const draft = {
  title: 'Ask a neighbour to water my plants',
  description: '',
  category: 'food_and_shops',
  difficulty: 3,
  boundaryNotes: '',
  answers: {} as BoundaryAnswers,
};
const problemsOf = (changes: Partial<typeof draft>) =>
  problemsByField(
    customChallengeSchema,
    { ...draft, ...changes },
    customChallengeFieldOf,
    customChallengeWordsFor,
  );

describe('what keeps a custom challenge from being sent, beside its text fields', () => {
  it('finds nothing in a named challenge, whatever the boundary answers (main judges those)', () => {
    expect(problemsOf({})).toEqual({});
    expect(problemsOf({ answers: { no_touching: false } })).toEqual({});
  });

  it('asks for the request when there is none, or only spaces', () => {
    for (const title of ['', '  \n ']) {
      expect(problemsOf({ title })).toEqual({
        title: 'Write what you will ask for — a few words are enough.',
      });
    }
  });

  it('says how far each text is over its limit, all at once', () => {
    expect(
      problemsOf({
        title: 't'.repeat(150),
        description: 'd'.repeat(1_001),
        boundaryNotes: 'b'.repeat(2_000),
      }),
    ).toEqual({
      title: 'Keep this to 140 characters at most — it has 150.',
      description: 'Keep this to 1,000 characters at most — it has 1,001.',
      boundaryNotes: 'Keep this to 1,000 characters at most — it has 2,000.',
    });
  });
});
