import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxReportReflections } from '../../../shared/domain/report.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { openRouterJournal, value, type RouterJournal } from '../../support/routerJournal.js';

let journal: RouterJournal;
beforeEach(async () => {
  journal = await openRouterJournal('report');
});
afterEach(() => journal.close());
const call = (channel: string, payload?: unknown) => journal.call(channel, payload);
const range = { from: '2026-11-01', to: '2026-11-25' };
const someId = '00000000-0000-4000-8000-000000000001';

async function reflectionId(): Promise<string> {
  const created = value(
    await journal.call<{ id: string }>('attempts.create', {
      attempt: madeAttempt({ on: '2026-11-20', whatHappened: 'A kind no.' }),
      planItemId: null,
    }),
  );
  return created.id;
}

describe('report.candidates', () => {
  it('offers the reflections in the days', async () => {
    const id = await reflectionId();
    expect(value(await call('report.candidates', range))).toEqual([
      { id, on: '2026-11-20', request: 'Ask for a refill', excerpt: 'A kind no.' },
    ]);
  });
});

describe('report.save', () => {
  it('saves the report where the dialog answered, as HTML or PDF', async () => {
    const id = await reflectionId();
    for (const format of ['html', 'pdf'] as const) {
      const fileName = `Ask Anyway report 2026-11-01 to 2026-11-25.${format}`;
      expect(value(await call('report.save', { ...range, include: [id], format }))).toEqual({
        saved: true,
        fileName,
      });
      expect(readFileSync(path.join(journal.folder, fileName), 'latin1')).toMatch(
        format === 'pdf' ? /^%PDF-/ : /A kind no\./,
      );
    }
  });
});

/** The first issue of a refusal, its path joined as the log writes it. */
async function refusal(channel: 'report.candidates' | 'report.save', payload: unknown) {
  const result = await call(channel, payload);
  if (result.ok || result.error.code !== 'INVALID_REQUEST')
    throw new Error(`expected INVALID_REQUEST, got ${JSON.stringify(result)}`);
  const [first] = result.error.issues;
  return { path: first.path.join('.'), kind: first.problem.kind };
}

describe('the report channels refuse what they cannot honour, naming the field', () => {
  it.each([
    [
      'a range that ends before it starts',
      { from: '2026-11-25', to: '2026-11-01' },
      'to',
      'not_allowed',
    ],
    ['a range of more than a year', { from: '2025-11-01', to: '2026-11-25' }, 'to', 'too_many'],
    ['a day that does not exist', { from: '2026-02-30', to: '2026-03-01' }, 'from', 'not_a_date'],
    ['a path from the page', { ...range, path: '/etc/passwd' }, 'path', 'not_allowed'],
  ])('report.candidates: %s', async (_what, payload, path, kind) => {
    expect(await refusal('report.candidates', payload)).toEqual({ path, kind });
  });

  it('says how many days an overlong range holds, and how many a report may', async () => {
    const result = await call('report.candidates', { from: '2025-11-01', to: '2026-11-25' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'to: a report covers at most 366 days',
        issues: [{ path: ['to'], problem: { kind: 'too_many', max: 366, count: 390 } }],
      },
    });
  });

  it.each([
    [
      'from after to',
      { from: '2026-11-25', to: '2026-11-01', include: [], format: 'pdf' },
      'to',
      'not_allowed',
    ],
    ['an unknown format', { ...range, include: [], format: 'docx' }, 'format', 'not_allowed'],
    [
      'an id that is not one',
      { ...range, include: ['../../etc'], format: 'pdf' },
      'include.0',
      'not_allowed',
    ],
    [
      'the same attempt twice',
      { ...range, include: [someId, someId], format: 'pdf' },
      'include',
      'not_allowed',
    ],
    [
      'more reflections than a report holds',
      {
        ...range,
        include: Array.from(
          { length: maxReportReflections + 1 },
          (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        ),
        format: 'pdf',
      },
      'include',
      'too_many',
    ],
    [
      'an attempt that is not in the days',
      { ...range, include: [someId], format: 'html' },
      'include.0',
      'not_found',
    ],
  ])('report.save: %s', async (_what, payload, path, kind) => {
    expect(await refusal('report.save', payload)).toEqual({ path, kind });
  });

  it('answers VAULT_LOCKED while the journal is locked', async () => {
    await journal.core.vault.lock('manual');
    for (const [channel, payload] of [
      ['report.candidates', range],
      ['report.save', { ...range, include: [], format: 'pdf' }],
    ] as const) {
      expect(await call(channel, payload)).toMatchObject({
        ok: false,
        error: { code: 'VAULT_LOCKED' },
      });
    }
  });
});
