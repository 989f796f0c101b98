import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptInput } from '../../../../shared/domain/practice/attempts.js';
import { addDays } from '../../../../shared/domain/practice/calendar.js';
import type { SearchPage } from '../../../../shared/domain/practice/journal.js';
import { journalPageSize } from '../../../../main/services/practice/practiceService.js';
import {
  day,
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
} from '../../../support/practiceFixture.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

const draft = (on = '2026-11-25'): AttemptInput => ({ ...madeAttempt({ on }), after: null });

describe('attempts', () => {
  it('keeps a "before" alone as an open attempt, then completes it with the "after"', async () => {
    const { practice } = fixture;
    const open = await practice.createAttempt(draft(), null);
    expect(open.after).toBeNull();
    expect(practice.listAttempts({ outcome: 'open' }, null).items.map((item) => item.id)).toEqual([
      open.id,
    ]);

    const complete = madeAttempt({ peak: 35, after: 10 });
    const updated = await practice.updateAttempt(open.id, complete);
    expect(updated).toMatchObject({ id: open.id, after: complete.after, tags: ['café'] });
    expect(updated.createdAt).toBe(open.createdAt);
    expect(updated.updatedAt > open.updatedAt).toBe(true);
    expect(practice.getAttempt(open.id)).toEqual(updated);
  });

  it('stores "didn’t try" without any SUDS after, and every field round-trips', async () => {
    const input: AttemptInput = {
      ...madeAttempt({ tags: ['phone', 'morning', 'phone'] }),
      after: {
        outcome: 'not_tried',
        whatHappened: 'I walked past the shop twice.',
        learned: 'Smaller step next time.',
        coping: ['called_trusted_person', 'other'],
        copingNote: 'Went for a walk',
      },
    };
    const saved = await fixture.practice.createAttempt(input, null);
    expect(saved).toMatchObject({ ...input, tags: ['morning', 'phone'] });
    expect(fixture.practice.getAttempt(saved.id)).toEqual(saved);
  });

  it('deletes for good and undoes by writing the same attempt back', async () => {
    const { practice, vault } = fixture;
    const saved = await practice.createAttempt(
      madeAttempt({ whatHappened: 'a zebra laughed' }),
      null,
    );
    const deleted = await practice.deleteAttempt(saved.id);
    expect(deleted).toEqual(saved);
    expect(() => practice.getAttempt(saved.id)).toThrow(/^id: there is no attempt/);
    expect(practice.search('zebra', {}).items).toEqual([]);
    expect(vault.read.all('SELECT * FROM attempt_tags')).toEqual([]);

    expect(await practice.restoreAttempt(deleted)).toEqual(saved);
    expect(practice.search('zebra', {}).items.map((hit) => hit.attempt.id)).toEqual([saved.id]);
    await expect(practice.restoreAttempt(deleted)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });

  it('refuses unknown ids, naming the field', async () => {
    const { practice } = fixture;
    const unknown = '00000000-0000-4000-8000-999999999999';
    await expect(practice.updateAttempt(unknown, draft())).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/^id:/) as string,
    });
    await expect(
      practice.createAttempt(
        { ...draft(), before: { ...draft().before, challengeId: 'lib.nope' } },
        null,
      ),
    ).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/^attempt\.before\.challengeId:/) as string,
    });
    await expect(practice.createAttempt(draft(), unknown)).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
    // The failed write saved nothing: the attempt that came with the bad plan item is gone too.
    expect(practice.listAttempts({}, null).items).toEqual([]);
  });

  it('lists newest first, a page at a time, with filters', async () => {
    const { practice } = fixture;
    const days = Array.from(
      { length: journalPageSize + 5 },
      (_, i) =>
        `2026-${String(9 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    );
    for (const [i, on] of days.entries()) {
      await practice.createAttempt(
        madeAttempt({
          on,
          outcome: i % 2 === 0 ? 'rejected' : 'accepted',
          category: i % 3 === 0 ? 'strangers' : 'food_and_shops',
          tags: i % 5 === 0 ? ['eye contact'] : [],
        }),
        null,
      );
    }
    const first = practice.listAttempts({}, null);
    expect(first.items).toHaveLength(journalPageSize);
    expect(first.next).not.toBeNull();
    const second = practice.listAttempts({}, first.next);
    expect(second.items).toHaveLength(5);
    expect(second.next).toBeNull();
    const all = [...first.items, ...second.items].map((item) => item.occurredAt.slice(0, 10));
    expect(all).toEqual([...days].sort().reverse());

    const count = (filter: Parameters<typeof practice.listAttempts>[0]) =>
      practice.listAttempts(filter, null).items.length;
    expect(count({ outcome: 'accepted' })).toBe(27);
    expect(count({ category: 'strangers' })).toBe(19);
    expect(count({ tag: 'eye contact' })).toBe(11);
    expect(count({ from: day('2026-10-01'), to: day('2026-10-28') })).toBe(27);
  });

  it('searches the request and the reflections, with highlighted snippets and filters', async () => {
    const { practice } = fixture;
    await practice.createAttempt(
      madeAttempt({
        on: '2026-11-01',
        request: 'Ask the baker for a discount',
        whatHappened: 'The baker laughed warmly and said no.',
      }),
      null,
    );
    await practice.createAttempt(
      madeAttempt({
        on: '2026-11-02',
        request: 'Ask a stranger for the time',
        whatHappened: 'Nothing bad happened at all.',
        outcome: 'accepted',
      }),
      null,
    );
    const hits = practice.search('BAKER', {}).items;
    expect(hits.map((hit) => hit.attempt.request)).toEqual(['Ask the baker for a discount']);
    expect(
      hits[0]?.snippet.filter((part) => part.hit).map((part) => part.text.toLowerCase()),
    ).toContain('baker');
    // Words are prefixes, all required; punctuation and FTS syntax are only separators.
    expect(practice.search('bak laugh', {}).items).toHaveLength(1);
    expect(practice.search('"baker" (-LAUGHED:*', {}).items).toHaveLength(1);
    expect(practice.search('baker stranger', {}).items).toHaveLength(0);
    expect(practice.search('   ', {}).items).toEqual([]);
    expect(practice.search('ask', {}).items.map((hit) => hit.attempt.occurredAt)).toEqual([
      '2026-11-02T10:30',
      '2026-11-01T10:30',
    ]);
    expect(practice.search('ask', { outcome: 'accepted' }).items).toHaveLength(1);
    expect(practice.search('ask', { to: day('2026-11-01') }).items).toHaveLength(1);
  });

  it('pages search hits newest first, each once, to the oldest', async () => {
    const { practice } = fixture;
    // 120 days with a hit, every third day without one.
    for (let n = 0; n < 180; n += 1) {
      await practice.createAttempt(
        madeAttempt({
          on: addDays(day('2026-01-01'), n),
          whatHappened: n % 3 === 2 ? 'They said no.' : `A zebra crossing, day ${n}.`,
        }),
        null,
      );
    }
    const pages = [];
    let after: SearchPage['next'] = null;
    do {
      const page = practice.search('zebra', {}, after);
      pages.push(page.items.map((hit) => hit.attempt.occurredAt));
      after = page.next;
    } while (after !== null);
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    const all = pages.flat();
    expect(new Set(all).size).toBe(120);
    expect(all).toEqual([...all].sort().reverse());
    // A filter pages the same way: the 40 hits of the oldest 60 days, in one page.
    const early = practice.search('zebra', { to: addDays(day('2026-01-01'), 59) });
    expect(early.items).toHaveLength(40);
    expect(early.next).toBeNull();
  });

  it('finds words in any script, whatever their case and accents', async () => {
    const { practice } = fixture;
    await practice.createAttempt(
      madeAttempt({ request: 'Über den Markt fragen', whatHappened: 'Im Café sagte man Nein.' }),
      null,
    );
    for (const words of ['über', 'UBER', 'cafe', 'Café nein', 'mark']) {
      expect(practice.search(words, {}).items, words).toHaveLength(1);
    }
    const [hit] = practice.search('cafe', {}).items;
    expect(hit?.snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['Café']);
  });

  it('a failed save leaves the journal as it was and says why', async () => {
    const { practice, vaultFixture } = fixture;
    await practice.createAttempt(madeAttempt(), null);
    // Replacing the file behind the app's back makes the next save refuse to write.
    const { readFileSync, writeFileSync } = await import('node:fs');
    const bytes = readFileSync(vaultFixture.vaultPath);
    writeFileSync(vaultFixture.vaultPath, Buffer.concat([bytes, Buffer.from([0])]));
    await expect(
      practice.createAttempt(madeAttempt({ on: '2026-11-26' }), null),
    ).rejects.toMatchObject({
      code: 'VAULT_CHANGED_ON_DISK',
    });
    expect(practice.listAttempts({}, null).items).toHaveLength(1);
  });
});
