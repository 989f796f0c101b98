import { describe, expect, it } from 'vitest';
import { emptyFields, toInput } from '../../../../renderer/features/journal/attemptFields.js';
import {
  attemptProblems,
  attemptProblemsFromMain,
} from '../../../../renderer/features/journal/attemptProblems.js';
import type { AttemptFields } from '../../../../shared/domain/practice/drafts.js';

const filled = (changes: Partial<AttemptFields>): AttemptFields => ({
  ...emptyFields('Ask for a refill'),
  occurredAt: '2026-11-25T10:30',
  ...changes,
});
const problemsOf = (changes: Partial<AttemptFields>) => attemptProblems(toInput(filled(changes)));

describe('what keeps the attempt form from saving, in words beside each field', () => {
  it('finds nothing in a plain attempt, before or after', () => {
    expect(problemsOf({})).toEqual({});
    expect(problemsOf({ outcome: 'rejected', whatHappened: 'She said no, kindly.' })).toEqual({});
  });

  it.each([
    ['', 'empty'],
    ['     ', 'only spaces'],
    ['\t \n', 'only blank characters'],
  ])('refuses a request that is %j (%s)', (request) => {
    expect(problemsOf({ request })).toEqual({
      request: 'Write what you will ask for — a few words are enough.',
    });
  });

  it.each([
    ['request', 141, 'Keep this to 140 characters at most — it has 141.'],
    ['fearedConsequence', 20_001, 'Keep this to 20,000 characters at most — it has 20,001.'],
    ['whatHappened', 100_000, 'Keep this to 20,000 characters at most — it has 100,000.'],
    ['learned', 20_500, 'Keep this to 20,000 characters at most — it has 20,500.'],
  ] as const)('says how far %s is over its limit at %i characters', (field, length, words) => {
    expect(problemsOf({ outcome: 'accepted', [field]: 'a'.repeat(length) })).toEqual({
      [field]: words,
    });
  });

  it('keeps text at exactly its limit', () => {
    expect(
      problemsOf({ request: 'a'.repeat(140), outcome: 'partly', whatHappened: 'b'.repeat(20_000) }),
    ).toEqual({});
  });

  it('names the safety behaviour or tag that is too long, and says when there are too many', () => {
    const long = `never ${'really '.repeat(12)}apologising`;
    expect(problemsOf({ safetyBehaviours: `smiling, ${long}` })).toEqual({
      safetyBehaviours: `Keep each to 80 characters at most — “never really really real…” has ${long.length}.`,
    });
    expect(problemsOf({ tags: `café, ${'x'.repeat(41)}` })).toEqual({
      tags: `Keep each to 40 characters at most — “${'x'.repeat(24)}…” has 41.`,
    });
    const many = Array.from({ length: 23 }, (_, n) => `tag ${n}`).join(', ');
    expect(problemsOf({ tags: many })).toEqual({ tags: 'Keep to 20 tags at most — there are 23.' });
  });

  it('asks for the day and time when the date is missing or not a real one', () => {
    for (const occurredAt of ['', '2026-02-30T10:00', '2026-11-25']) {
      expect(problemsOf({ occurredAt })).toEqual({ occurredAt: 'Choose the day and the time.' });
    }
  });

  it('says every field’s first problem at once, so one refused save shows them all', () => {
    expect(
      Object.keys(
        problemsOf({ request: ' ', fearedConsequence: 'f'.repeat(20_001), occurredAt: '' }),
      ),
    ).toEqual(['request', 'occurredAt', 'fearedConsequence']);
  });
});

describe('what main refused in a sent attempt, beside the same fields', () => {
  const sent = toInput(filled({ safetyBehaviours: `smiling, ${'s'.repeat(81)}` }));

  it('maps issue paths under `attempt` onto the form’s fields, in the form’s words', () => {
    const { problems, rest } = attemptProblemsFromMain(
      [
        { path: ['attempt', 'before', 'request'], problem: { kind: 'required' } },
        {
          path: ['attempt', 'before', 'safetyBehavioursDropped', 1],
          problem: { kind: 'too_long', max: 80, length: 81 },
        },
        { path: ['attempt', 'before', 'occurredAt'], problem: { kind: 'not_a_date' } },
        { path: ['attempt', 'tags'], problem: { kind: 'too_many', max: 20, count: 23 } },
      ],
      sent,
    );
    expect(problems).toEqual({
      request: 'Write what you will ask for — a few words are enough.',
      safetyBehaviours: `Keep each to 80 characters at most — “${'s'.repeat(24)}…” has 81.`,
      occurredAt: 'Choose the day and the time.',
      tags: 'Keep to 20 tags at most — there are 23.',
    });
    expect(rest).toEqual([]);
  });

  it('keeps apart what no field of the form holds: the plan item, the attempt’s id', () => {
    const planItem = {
      path: ['planItemId'],
      problem: { kind: 'not_now', reason: 'already_done' },
    } as const;
    const challenge = {
      path: ['attempt', 'before', 'challengeId'],
      problem: { kind: 'not_found' },
    } as const;
    const { problems, rest } = attemptProblemsFromMain([planItem, challenge], sent);
    expect(problems).toEqual({});
    expect(rest).toEqual([planItem, challenge]);
  });
});
