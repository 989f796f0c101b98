import type { Database } from 'sql.js';
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
 * outcomes that drift downwards as they would for someone whose fear is shrinking.
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
  for (let i = 0; i < count; i += 1) {
    const when = new Date(start + i * 86_400_000);
    const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const progress = i / Math.max(1, count);
    const anticipated = Math.round(80 - 40 * progress + random.int(15));
    insert.run([
      id,
      `builtin-${random.int(60)}`,
      random.pick(requests),
      random.pick(['food & shops', 'strangers', 'work & study', 'social']),
      1 + random.int(10),
      when.toISOString(),
      when.toISOString().slice(0, 10),
      anticipated,
      50 + random.int(50),
      text(random, 200),
      Math.max(0, anticipated - 20 - random.int(20)),
      Math.max(0, anticipated - 40 - random.int(20)),
      random.pick(outcomes),
      text(random, 900),
      random.int(11),
      text(random, 400),
      '["wrote it down"]',
      when.toISOString(),
      when.toISOString(),
    ]);
    for (let t = random.int(4); t > 0; t -= 1) tag.run([id, random.pick(tags)]);
  }
  insert.free();
  tag.free();
  db.exec('COMMIT; PRAGMA query_only = 1');
}

/** One new attempt, as a save of the journal screen would write it. */
export function newAttemptStatement(n: number): [string, (string | number)[]] {
  const random = seededRandom(n);
  const when = new Date(Date.parse('2026-11-25T09:00:00Z') + n * 1000).toISOString();
  return [
    `INSERT INTO attempts (id, request, occurred_at, occurred_on, anticipated_suds, what_happened, learned, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      `bench-${n}`,
      random.pick(requests),
      when,
      when.slice(0, 10),
      60,
      text(random, 1100),
      text(random, 400),
      when,
      when,
    ],
  ];
}
