import type { Database } from 'sql.js';
import { isoWeekOf, type LocalDate } from '../shared/domain/practice/calendar.js';
import { categories } from '../shared/domain/practice/challenges.js';
import { readDb } from '../main/services/database/statements.js';
import { rebuildWeekSummaries } from '../main/services/practice/weekSummary.js';
import { seededRandom } from '../tests/support/random.js';

const requests = [
  'Ask a barista for a free refill',
  'Ask a stranger for the time, then for a mint',
  'Ask to skip the queue at the bakery',
  'Ask a shop to show the stock room',
  'Ask a colleague for feedback on a draft',
  'Ask for a discount on a full-price book',
  'Compliment a stranger on their coat',
  'Ask a club acquaintance to get coffee',
  'Pitch an idea in the weekly meeting',
  'Ask a neighbour to borrow a ladder',
];
const sentences = [
  'I noticed my heart racing before I even opened my mouth.',
  'They smiled and said no, and nothing terrible happened.',
  'I had expected a cold stare, but they were kind about it.',
  'My voice shook a little at the start and then settled.',
  'Afterwards I walked around the block and the feeling faded.',
  'I wanted to apologise first, and I managed not to.',
  'I wrote this down on the bench outside, still a bit shaky.',
  'The worst moment was the second before I asked.',
  'It is strange how small it looks now that it is over.',
  'Next time I would like to keep eye contact for longer.',
];
const tags = [
  'café',
  'work',
  'strangers',
  'shops',
  'phone',
  'eye contact',
  'no apologies',
  'morning',
];
const outcomes = ['rejected', 'accepted', 'partly', 'not_tried'] as const;

const text = (random: ReturnType<typeof seededRandom>, characters: number): string => {
  let out = '';
  while (out.length < characters) out += `${random.pick(sentences)} `;
  return out.slice(0, characters);
};

/**
 * Fills a migrated database with `count` days of practice: one attempt a day with
 * reflections of about 1,500 characters across the fields, a few tags each, SUDS and
 * outcomes that drift downwards as they would for someone whose fear is shrinking, and
 * a weekly plan of three challenges, most of them done.
 */
export function fillJournal(db: Database, count: number, seed = 42): void {
  const random = seededRandom(seed);
  const start = Date.parse('2016-01-01T09:00:00Z');
  db.exec('PRAGMA query_only = 0; BEGIN');
  const insert = db.prepare(
    `INSERT INTO attempts (id, challenge_id, request, category, difficulty, occurred_at, occurred_on,
       anticipated_suds, predicted_no_percent, feared_consequence, peak_suds, after_suds, outcome,
       what_happened, surprise, learned, coping, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT OR IGNORE INTO attempt_tags (attempt_id, tag) VALUES (?, ?)');
  const plan = db.prepare(
    `INSERT INTO plan_items (id, week, day, challenge_id, status, skip_reason, moved_to, attempt_id,
       nudge_trusted_person, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, 0, ?, ?)`,
  );
  for (let i = 0; i < count; i += 1) {
    const when = new Date(start + i * 86_400_000).toISOString();
    const day = when.slice(0, 10);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const progress = i / Math.max(1, count);
    const anticipated = Math.round(80 - 40 * progress + random.int(15));
    const outcome = random.pick(outcomes);
    const asked = outcome !== 'not_tried';
    const challenge = random.int(60);
    insert.run([
      id,
      `lib.bench-${challenge}`,
      random.pick(requests),
      categories[challenge % categories.length] ?? null,
      1 + (challenge % 10),
      when.slice(0, 16),
      day,
      anticipated,
      50 + random.int(50),
      text(random, 200),
      asked ? Math.max(0, anticipated - 20 - random.int(20)) : null,
      asked ? Math.max(0, anticipated - 40 - random.int(20)) : null,
      outcome,
      text(random, 900),
      asked ? random.int(11) : null,
      text(random, 400),
      '["wrote_it_down"]',
      when,
      when,
    ]);
    for (let t = random.int(4); t > 0; t -= 1) tag.run([id, random.pick(tags)]);
    if (i % 7 < 3) {
      plan.run([
        `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
        isoWeekOf(day as LocalDate),
        day,
        `lib.bench-${challenge}`,
        random.int(4) === 0 ? 'skipped' : 'done',
        when,
        when,
      ]);
    }
  }
  insert.free();
  tag.free();
  plan.free();
  // Written in bulk, around the repository: the weekly summaries it keeps are built here.
  rebuildWeekSummaries({ ...readDb(db), run: (sql, params = []) => db.run(sql, [...params]) });
  db.exec('COMMIT; PRAGMA query_only = 1');
}

/** One new attempt, as a save of the journal screen would write it. */
export function newAttemptStatement(n: number): [string, (string | number)[]] {
  const random = seededRandom(n);
  const when = new Date(Date.parse('2026-11-25T09:00:00Z') + n * 60_000).toISOString();
  return [
    `INSERT INTO attempts (id, request, occurred_at, occurred_on, anticipated_suds, what_happened, learned, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      random.pick(requests),
      when.slice(0, 16),
      when.slice(0, 10),
      60,
      text(random, 1100),
      text(random, 400),
      when,
      when,
    ],
  ];
}
