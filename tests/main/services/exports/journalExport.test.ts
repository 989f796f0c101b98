import { attemptIdSchema } from '../../../../shared/domain/practice/attempts.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import { latestSchemaVersion } from '../../../../main/services/database/migrations/index.js';
import {
  exportJournal,
  type JournalExport,
} from '../../../../main/services/exports/journalExport.js';
import {
  importJournal,
  parseJournalExport,
} from '../../../../main/services/exports/journalImport.js';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';
import {
  madeAttempt,
  practiceFixture,
  safeBoundaryAnswers,
  type PracticeFixture,
  unratedAttempt,
} from '../../../support/practiceFixture.js';

const exportedAt = new Date('2026-11-25T18:00:00Z');
let fixtures: PracticeFixture[] = [];
const fresh = async () => {
  const made = await practiceFixture();
  fixtures.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.cleanup()));
  fixtures = [];
});

/** A journal with a record in every exported table. */
async function filledJournal(): Promise<PracticeFixture> {
  const fixture = await fresh();
  const { practice } = fixture;
  const own = await practice.createChallenge(
    {
      title: 'Ask the bakery for yesterday’s bread at half price',
      description: 'Near closing time.',
      category: 'food_and_shops',
      difficulty: 4,
      boundaryNotes: 'Ask once.',
    },
    safeBoundaryAnswers,
  );
  const ladder = await practice.createLadder('Shops', 'Ask in any shop');
  const withRung = await practice.addRung(ladder.id, 'lib.ask-the-time', 30);
  const rungId = withRung.rungs[0]?.id ?? '';
  await practice.rateLadder(ladder.id, [{ rungId, suds: 20 }]);
  const planned = await practice.planChallenge('2026-11-24' as LocalDate, own.id, true);
  const skipped = await practice.planChallenge(
    '2026-11-26' as LocalDate,
    'lib.ask-the-time',
    false,
  );
  await practice.skipPlanItem(skipped.id, 'Tired');
  await practice.createAttempt(
    madeAttempt({
      on: '2026-11-24',
      challengeId: own.id,
      whatHappened: 'Über-freundlich: ein Nein',
      tags: ['shops', 'bread'],
    }),
    planned.id,
  );
  await practice.createAttempt({ ...madeAttempt({ on: '2026-11-25' }), after: null }, null);
  await practice.recordOnboardingCheck([1, 1, 1, 1, 0, 0]);
  await practice.recordWeeklyCheck(4);
  await practice.setTrustedPerson({ name: 'Sam', howToReach: 'Text first' });
  return fixture;
}

const tablesOf = (fixture: PracticeFixture) => exportJournal(fixture.vault.read, exportedAt).tables;
const roundTrip = (file: JournalExport) => parseJournalExport(JSON.stringify(file));

describe('a JSON export', () => {
  it('holds every exported table, versioned, and reimports into an empty journal losslessly', async () => {
    const source = await filledJournal();
    const file = exportJournal(source.vault.read, exportedAt);
    expect(file).toMatchObject({
      format: 'ask-anyway-journal',
      version: 1,
      schemaVersion: latestSchemaVersion,
    });
    expect(Object.values(file.tables).every((rows) => rows.length > 0)).toBe(true);

    const target = await fresh();
    const summary = await target.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(summary.replaced).toBe(0);
    expect(tablesOf(target)).toEqual(file.tables);
    // What is derived is derived again: the weekly summaries and the full-text index.
    const summaries = (fixture: PracticeFixture) =>
      fixture.vault.read.all('SELECT * FROM insight_weeks ORDER BY week');
    expect(summaries(target)).toEqual(summaries(source));
    expect(
      target.practice.search('freundlich', {}).items.map((hit) => hit.attempt.request),
    ).toEqual(['Ask for a refill']);
  });

  it('carries a rating left unrated as null, and reimports it unrated', async () => {
    const source = await fresh();
    const { id } = await source.practice.createAttempt(unratedAttempt('2026-11-23'), null);
    const file = exportJournal(source.vault.read, exportedAt);
    expect(file.tables['attempts']).toEqual([
      expect.objectContaining({
        anticipated_suds: null,
        predicted_no_percent: null,
        peak_suds: null,
        after_suds: null,
        surprise: null,
      }),
    ]);
    const target = await fresh();
    await target.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(target.practice.getAttempt(id)).toEqual(source.practice.getAttempt(id));
    expect(target.practice.getAttempt(id).after).toMatchObject({ peakSuds: null });
  });

  it('merges by id: nothing doubles, a newer local edit stays, a newer file edit wins', async () => {
    const fixture = await filledJournal();
    const { practice } = fixture;
    const before = exportJournal(fixture.vault.read, exportedAt);
    const [first, second] = practice.listAttempts({}, null).items;
    if (!first || !second) throw new Error('two attempts expected');

    // Edited here after the export: this edit must survive the import.
    const { before: keptBefore, after, tags } = practice.getAttempt(first.id);
    await practice.updateAttempt(first.id, {
      after,
      tags,
      before: { ...keptBefore, request: 'Edited here' },
    });
    // Edited in the file as if later on another computer: this one must win.
    const file = structuredClone(before);
    const row = file.tables['attempts']?.find((attempt) => attempt['id'] === second.id);
    if (!row) throw new Error('attempt row expected');
    row['request'] = 'Edited elsewhere';
    row['updated_at'] = '2099-01-01T00:00:00.000Z';

    const summary = await fixture.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(summary.added).toBe(0);
    expect(summary.replaced).toBe(1);
    const requests = practice
      .listAttempts({}, null)
      .items.map((attempt) => attempt.request)
      .sort();
    expect(requests).toEqual(['Edited elsewhere', 'Edited here']);
    // Importing the same file again changes nothing more.
    const again = await fixture.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(again).toMatchObject({ added: 0, replaced: 0 });
    expect(tablesOf(fixture)['attempt_tags']).toEqual(before.tables['attempt_tags']);
  });
  it('gives plan items the status of the attempts they arrive beside, from older exports too', async () => {
    const source = await fresh();
    const day = '2026-11-23' as LocalDate;
    const begun = await source.practice.planChallenge(day, 'lib.ask-the-time', false);
    await source.practice.createAttempt(
      { ...madeAttempt({ on: '2026-11-23' }), after: null },
      begun.id,
    );
    const asked = await source.practice.planChallenge(day, 'lib.borrow-a-pen', false);
    const attempt = await source.practice.createAttempt(
      madeAttempt({ on: '2026-11-23' }),
      asked.id,
    );

    // Made before migration 4, when any attempt marked its item done.
    const older = structuredClone(exportJournal(source.vault.read, exportedAt));
    older.schemaVersion = 3;
    for (const row of older.tables['plan_items'] ?? []) row['status'] = 'done';
    const target = await fresh();
    await target.vault.write((tx) => importJournal(tx, roundTrip(older)));
    const statuses = () =>
      Object.fromEntries(
        target.practice.weekPlan(begun.week).map((item) => [item.id, item.status]),
      );
    expect(statuses()).toEqual({ [begun.id]: 'begun', [asked.id]: 'done' });

    // The same ask later changed to "didn't try" on another computer: its item follows.
    await source.practice.updateAttempt(attempt.id, {
      ...madeAttempt({ on: '2026-11-23' }),
      after: { outcome: 'not_tried', whatHappened: '', learned: '', coping: [], copingNote: '' },
    });
    const file = exportJournal(source.vault.read, exportedAt);
    for (const row of file.tables['plan_items'] ?? [])
      row['updated_at'] = '2000-01-01T00:00:00.000Z';
    await target.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(statuses()).toEqual({ [begun.id]: 'begun', [asked.id]: 'not_tried' });
  });

  it('keeps both copies of a reflection edited differently at the same moment, tags and all', async () => {
    const fixture = await filledJournal();
    const file = exportJournal(fixture.vault.read, exportedAt);
    const row = file.tables['attempts']?.find((attempt) =>
      (file.tables['attempt_tags'] ?? []).some((tag) => tag['attempt_id'] === attempt['id']),
    );
    if (!row) throw new Error('a tagged attempt row expected');
    const id = row['id'];
    // Same edit time, other words: neither copy can be called newer.
    row['learned'] = 'Written on the other computer';
    const tags = (file.tables['attempt_tags'] ?? []).filter((tag) => tag['attempt_id'] === id);

    const summary = await fixture.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(summary).toMatchObject({ added: 0, replaced: 0, keptBoth: 1 });
    const copies = fixture.vault.read.all<{ id: string; learned: string }>(
      'SELECT id, learned FROM attempts WHERE id = ? OR learned = ?',
      [id ?? null, 'Written on the other computer'],
    );
    expect(copies).toHaveLength(2);
    const copy = copies.find((attempt) => attempt.learned === 'Written on the other computer');
    if (!copy) throw new Error('the file’s copy expected');
    expect(copy.id).not.toBe(id);
    // An id the API takes like any other (a UUID, version 8).
    expect(attemptIdSchema.safeParse(copy.id).success).toBe(true);
    expect(
      fixture.vault.read.all('SELECT tag FROM attempt_tags WHERE attempt_id = ? ORDER BY tag', [
        copy.id,
      ]),
    ).toEqual(
      tags
        .map((tag) => ({ tag: tag['tag'] }))
        .sort((a, b) => String(a.tag).localeCompare(String(b.tag))),
    );
    // The copy is a reflection like any other: found by search.
    expect(fixture.practice.search('computer', {}).items.map((hit) => hit.attempt.id)).toEqual([
      copy.id,
    ]);
    // Merging the same file again keeps nothing twice more: the copy is now in the journal.
    const again = await fixture.vault.write((tx) => importJournal(tx, roundTrip(file)));
    expect(again).toMatchObject({ added: 0, replaced: 0, keptBoth: 0 });
    expect(
      fixture.vault.read.all('SELECT id FROM attempts WHERE learned = ?', [
        'Written on the other computer',
      ]),
    ).toHaveLength(1);
  });
});

describe('a file that is not a journal export', () => {
  let fixture: PracticeFixture;
  beforeEach(async () => {
    fixture = await filledJournal();
  });

  const failureOf = async (work: () => unknown): Promise<AppFailure> => {
    const error: unknown = await Promise.resolve()
      .then(work)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    if (!(error instanceof AppFailure))
      throw new Error(`expected an AppFailure, got ${String(error)}`);
    return error;
  };
  const importText = (text: string) =>
    fixture.vault.write((tx) => importJournal(tx, parseJournalExport(text)));
  const valid = () => exportJournal(fixture.vault.read, exportedAt);

  it.each([
    ['not JSON', () => '{ nope', /not JSON/],
    ['another JSON file', () => JSON.stringify({ hello: 'world' }), /not a journal export/],
    [
      'a table the journal does not have',
      () => JSON.stringify({ ...valid(), tables: { users: [] } }),
      /tables\.users/,
    ],
    [
      'a column named to break out of the statement',
      () =>
        JSON.stringify({
          ...valid(),
          tables: { ladders: [{ id: 'x', 'title) VALUES (1); DROP TABLE attempts; --': 'y' }] },
        }),
      /no such column/,
    ],
    [
      'a row without its key',
      () => JSON.stringify({ ...valid(), tables: { ladders: [{ title: 'x' }] } }),
      /key is missing/,
    ],
    [
      'a row the schema refuses (difficulty 99)',
      () => {
        const file = valid();
        const [row] = file.tables['attempts'] ?? [];
        return JSON.stringify({
          ...file,
          tables: {
            attempts: [{ ...row, id: '00000000-0000-4000-8000-00000000ffff', difficulty: 99 }],
          },
        });
      },
      /^file\.tables\.attempts\.0\.difficulty: /,
    ],
  ])('refuses %s with INVALID_REQUEST and changes nothing', async (_name, text, message) => {
    const before = tablesOf(fixture);
    const failure = await failureOf(() => importText(text()));
    expect(failure.code).toBe('INVALID_REQUEST');
    expect(failure.message).toMatch(message);
    expect(tablesOf(fixture)).toEqual(before);
  });

  it('refuses an export from a newer schema as UNSUPPORTED_VERSION', async () => {
    const failure = await failureOf(() =>
      importText(JSON.stringify({ ...valid(), schemaVersion: 99 })),
    );
    expect(failure.code).toBe('UNSUPPORTED_VERSION');
  });
});
