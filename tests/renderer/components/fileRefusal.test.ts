import { describe, expect, it } from 'vitest';
import { fileRefusalText } from '../../../renderer/components/fileRefusal.js';

describe('the words for a refused file', () => {
  it('names the entry (counted from 1) and the field of a row that does not fit', () => {
    expect(
      fileRefusalText({
        code: 'INVALID_REQUEST',
        message: '',
        issues: [
          {
            path: ['file', 'tables', 'attempts', 3, 'occurred_at'],
            problem: { kind: 'not_a_date' },
          },
        ],
      }),
    ).toBe(
      'That file could not be imported, and nothing was changed: entry 4 of its “attempts” table, in “occurred_at” does not fit the journal. Choose a real day (and time).',
    );
  });

  it('lets a refusal of the whole file say itself', () => {
    expect(
      fileRefusalText({
        code: 'INVALID_REQUEST',
        message: '',
        issues: [{ path: ['file'], problem: { kind: 'not_now', reason: 'file_too_slow' } }],
      }),
    ).toMatch(/^That file took too long to open/);
  });
});
