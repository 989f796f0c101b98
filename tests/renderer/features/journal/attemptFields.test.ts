import { describe, expect, it } from 'vitest';
import type { Attempt, AttemptInput } from '../../../../shared/domain/practice/attempts.js';
import { attemptFieldsSchema } from '../../../../shared/domain/practice/drafts.js';
import {
  draftTargetOf,
  emptyFields,
  fieldsOf,
  originOf,
  toInput,
  type FormSubject,
} from '../../../../renderer/features/journal/attemptFields.js';
import { summaryOf } from '../../../../renderer/features/journal/attemptSummary.js';

/** A made attempt; tests/support's builder needs Node, which this project has not. */
function madeAttempt({
  peak = 40,
  after = 20,
  tags = ['café'],
}: { peak?: number; after?: number; tags?: string[] } = {}): AttemptInput {
  return {
    before: {
      challengeId: null,
      request: 'Ask for a refill',
      category: 'food_and_shops',
      difficulty: 2,
      occurredAt: '2026-11-25T10:30',
      anticipatedSuds: 60,
      predictedNoPercent: 80,
      fearedConsequence: 'They will laugh at me.',
      safetyBehavioursDropped: ['apologising first'],
    },
    after: {
      outcome: 'rejected',
      peakSuds: peak,
      afterSuds: after,
      surprise: 6,
      whatHappened: 'They smiled and said no.',
      learned: 'A no is just a word.',
      coping: ['wrote_it_down'],
      copingNote: '',
    },
    tags,
  };
}

const stored = (input: AttemptInput): Attempt => ({
  ...input,
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

const notTried: AttemptInput = {
  ...madeAttempt(),
  before: {
    ...madeAttempt().before,
    challengeId: 'lib.ask-the-time',
    category: 'strangers',
    difficulty: 1,
  },
  after: {
    outcome: 'not_tried',
    whatHappened: 'I walked past twice.',
    learned: 'Smaller next time.',
    coping: ['other'],
    copingNote: 'A walk',
  },
};

describe('the attempt form’s fields', () => {
  it.each<[string, AttemptInput]>([
    ['a made attempt', madeAttempt({ tags: ['café', 'morning'] })],
    ['an open attempt', { ...madeAttempt(), after: null }],
    ['one not tried, at a library challenge', notTried],
  ])('open %s and, unchanged, save exactly it back', (_name, input) => {
    const subject: FormSubject = { kind: 'edit', attempt: stored(input) };
    expect(toInput(fieldsOf(subject), originOf(subject))).toEqual(input);
  });

  it('open a new attempt with every rating unrated, and save what stays untouched as null', () => {
    const fields = { ...emptyFields('Ask for a refill'), outcome: 'partly' as const };
    const { before, after } = toInput(fields);
    expect(before).toMatchObject({ anticipatedSuds: null, predictedNoPercent: null });
    expect(after).toMatchObject({ peakSuds: null, afterSuds: null, surprise: null });
  });

  it('open an unrated attempt unrated, and save it back unchanged', () => {
    const input: AttemptInput = {
      ...madeAttempt(),
      before: { ...madeAttempt().before, anticipatedSuds: null, predictedNoPercent: null },
    };
    const subject: FormSubject = { kind: 'edit', attempt: stored(input) };
    expect(fieldsOf(subject)).toMatchObject({ anticipatedSuds: null, predictedNoPercent: null });
    expect(toInput(fieldsOf(subject), originOf(subject))).toEqual(input);
  });

  it('are what a draft may store, blank or filled', () => {
    const subject: FormSubject = { kind: 'edit', attempt: stored(madeAttempt()) };
    expect(attemptFieldsSchema.safeParse(emptyFields()).success).toBe(true);
    expect(attemptFieldsSchema.safeParse(fieldsOf(subject)).success).toBe(true);
  });

  it('keep a new attempt’s draft under "new" with its challenge, an edit’s under its id', () => {
    const origin = {
      challengeId: 'lib.ask-the-time',
      category: 'strangers',
      difficulty: 1,
    } as const;
    expect(draftTargetOf({ kind: 'new', origin, planItemId: null })).toEqual({
      kind: 'new',
      origin,
      planItemId: null,
    });
    const attempt = stored(madeAttempt());
    expect(draftTargetOf({ kind: 'edit', attempt })).toEqual({
      kind: 'edit',
      attemptId: attempt.id,
    });
  });

  it('start a new attempt at a challenge with its title as the request', () => {
    const fields = fieldsOf(
      {
        kind: 'new',
        origin: originOf({ kind: 'edit', attempt: stored(notTried) }),
        planItemId: null,
      },
      'Ask a stranger for the time',
    );
    expect(fields).toMatchObject({ request: 'Ask a stranger for the time', outcome: '' });
  });
});

describe('an attempt as the list shows it', () => {
  it('has the peak only when the user asked', () => {
    expect(summaryOf(stored(madeAttempt({ peak: 45, after: 10 })))).toMatchObject({
      outcome: 'rejected',
      peakSuds: 45,
      afterSuds: 10,
    });
    expect(summaryOf(stored(notTried))).toMatchObject({
      outcome: 'not_tried',
      peakSuds: null,
      afterSuds: null,
      category: 'strangers',
    });
    expect(summaryOf(stored({ ...madeAttempt(), after: null })).outcome).toBeNull();
  });
});
