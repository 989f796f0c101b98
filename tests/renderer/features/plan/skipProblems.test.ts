import { describe, expect, it } from 'vitest';
import { problemsByField } from '../../../../renderer/components/fieldProblems.js';
import {
  skipFieldOf,
  skipInputOf,
  skipSchema,
} from '../../../../renderer/features/plan/skipProblems.js';

const id = '3f1c2b9e-8d7a-4c6b-9e5f-0a1b2c3d4e5f';
const problemsOf = (reason: string, itemId = id) =>
  problemsByField(skipSchema, skipInputOf(itemId, reason), skipFieldOf);

describe('what keeps a skip from being sent, beside its reason', () => {
  it('takes no reason at all, or one up to its limit', () => {
    expect(problemsOf('')).toEqual({});
    expect(problemsOf('r'.repeat(1_000))).toEqual({});
  });

  it('says how far a reason is over its limit, counting what is sent', () => {
    expect(problemsOf('r'.repeat(1_001))).toEqual({
      reason: 'Keep this to 1,000 characters at most — it has 1,001.',
    });
    expect(problemsOf(`  ${'r'.repeat(1_000)}  `)).toEqual({});
  });

  it('leaves an id main would refuse for main to answer, not beside the reason', () => {
    expect(problemsOf('Felt unwell', 'not-an-id')).toEqual({});
  });
});
