import { describe, expect, it } from 'vitest';
import { problemsByField } from '../../../../renderer/components/fieldProblems.js';
import {
  ladderFieldOf,
  ladderInputOf,
  ladderSchema,
  ladderWordsFor,
  type LadderFields,
} from '../../../../renderer/features/ladders/ladderProblems.js';

const problemsOf = (fields: LadderFields) =>
  problemsByField(ladderSchema, ladderInputOf(fields), ladderFieldOf, ladderWordsFor);

describe('what keeps the ladder form from saving, beside its fields', () => {
  it('finds nothing in a named ladder, with or without a goal', () => {
    expect(problemsOf({ title: 'Shops', goal: '' })).toEqual({});
    expect(problemsOf({ title: 'Shops', goal: 'g'.repeat(1_000) })).toEqual({});
  });

  it('asks for a name when there is none, or only spaces', () => {
    for (const title of ['', '   ']) {
      expect(problemsOf({ title, goal: '' })).toEqual({
        title: 'Give the ladder a name — a few words are enough.',
      });
    }
  });

  it('says how far the name and the goal are over their limits, both at once', () => {
    expect(problemsOf({ title: 't'.repeat(141), goal: 'g'.repeat(1_200) })).toEqual({
      title: 'Keep this to 140 characters at most — it has 141.',
      goal: 'Keep this to 1,000 characters at most — it has 1,200.',
    });
  });

  it('sends the fields without the spaces around them', () => {
    expect(ladderInputOf({ title: '  Shops ', goal: ' calmly\n' })).toEqual({
      title: 'Shops',
      goal: 'calmly',
    });
  });
});
