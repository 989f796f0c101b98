import { ChallengesScreen } from './pages/ChallengesScreen.js';
import { seedLadder } from './support/practiceSeeds.js';
import { axeViolations } from './support/accessibility.js';
import { focusedLabel, problemBeside } from './support/fieldProblems.js';
import { expect, test } from './support/fixtures.js';

const mint = 'Ask someone nearby whether they could spare a mint';
const busker = 'Ask a busker whether they could play a song you like';
const haggle = 'Ask a market trader whether they would take a little less';
const loan = 'Ask a stranger to lend you a sizeable sum you promise to repay';

test('the library is grouped by difficulty, narrowed by setting, difficulty and words, and shows boundary notes', async ({
  app,
}) => {
  const screen = new ChallengesScreen(app.page);
  await screen.open();
  await expect
    .poll(() => screen.groups())
    .toEqual(Array.from({ length: 10 }, (_, i) => `Difficulty ${i + 1}`));
  await expect.poll(() => screen.listed().count()).toBe(80);

  await screen.category.selectOption({ label: 'Money' });
  await screen.difficulty.selectOption({ label: '3' });
  await expect.poll(() => screen.listed().allTextContents()).toEqual([haggle]);
  await expect.poll(() => screen.groups()).toEqual(['Difficulty 3']);

  await screen.category.selectOption({ label: 'Any' });
  await screen.difficulty.selectOption({ label: 'Any' });
  await screen.search.fill('spare  MINT');
  await expect.poll(() => screen.listed().allTextContents()).toEqual([mint]);
  await screen.search.fill('zebra crossing dance');
  await expect
    .poll(() => app.page.getByText('No challenge matches.', { exact: false }).count())
    .toBe(1);
  await screen.search.fill('');

  const detail = await screen.choose(mint);
  await expect.poll(() => detail.getByRole('heading', { name: 'Boundary notes' }).count()).toBe(1);
  await expect
    .poll(() => detail.textContent())
    .toMatch(/Choose somewhere busy rather than approaching someone alone in a quiet spot/);
  await expect.poll(() => detail.textContent()).toMatch(/Difficulty3 of 10SettingStrangers/);
});

test('by keyboard, a challenge goes onto a ladder and onto a day of the plan, and a flooding jump offers a smaller step', async ({
  app,
}) => {
  const { page } = app;
  await seedLadder(page, 'Speaking up in public');
  const screen = new ChallengesScreen(page);
  await screen.open();

  await screen.challenge(busker).focus();
  await page.keyboard.press('Enter');
  const detail = screen.detail(busker);
  await detail.waitFor();
  await detail.getByLabel('Ladder').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => detail.getByRole('status').textContent())
    .toBe('Added to “Speaking up in public”.');
  const ladders = await page.evaluate(() => window.api.ladders.list());
  expect(ladders.ok && ladders.value[0]?.rungs.map((rung) => rung.challenge.title)).toEqual([
    busker,
  ]);

  const day = detail.getByLabel('Day', { exact: true });
  await day.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => day.inputValue()).toBe('2026-11-26');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => screen.status.allTextContents())
    .toContain(`Planned “${busker}” for Thursday 26 November.`);
  await expect
    .poll(() => screen.stripDay('Thursday 26 November').textContent())
    .toMatch(/1 planned/);

  // Difficulty 10 for someone who has shown nothing yet: far too big.
  await screen.search.fill('sizeable sum');
  await screen.choose(loan);
  await screen.addToPlan(loan, 'Friday 27 November');
  await expect
    .poll(() => screen.advice.getByRole('heading').textContent())
    .toBe('That is a very big jump');
  await expect
    .poll(() => screen.advice.textContent())
    .toMatch(/You haven’t finished an ask in the last eight weeks, so a comfortable start/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => screen.status.allTextContents())
    .toContainEqual(expect.stringMatching(/^Planned “.+” for Friday 27 November\.$/));
  const week = await page.evaluate(() => window.api.plan.week({ week: '2026-W48' }));
  const planned = week.ok ? week.value.map((item) => [item.day, item.challenge.difficulty]) : [];
  expect(planned).toEqual([
    ['2026-11-26', 3],
    ['2026-11-27', expect.any(Number)],
  ]);
  expect(planned[1]?.[1]).toBeLessThanOrEqual(3);
});

test('dragging a challenge onto a day of the week strip plans it', async ({ app }) => {
  const { page } = app;
  const screen = new ChallengesScreen(page);
  await screen.open();
  await screen.dragOntoDay(mint, 'Friday 27 November');
  await expect
    .poll(() => screen.status.allTextContents())
    .toContain(`Planned “${mint}” for Friday 27 November.`);
  await expect.poll(() => screen.stripDay('Friday 27 November').textContent()).toMatch(/1 planned/);
  await expect.poll(() => screen.detail(mint).count()).toBe(1);
});

test('a custom challenge that involves touching is refused kindly, then saved once changed, and can be deleted', async ({
  app,
}) => {
  const screen = new ChallengesScreen(app.page);
  await screen.open();
  const safeAnswers = {
    'Could this involve touching': 'No',
    'Could this come across as flirting': 'No',
    'Will you take the first': 'Yes',
    'Could saying yes get someone in trouble': 'No',
    'Will you film': 'No',
    'Is it legal': 'Yes',
  } as const;

  const form = await screen.writeCustom('Ask a neighbour for a hug', 2, {
    ...safeAnswers,
    'Could this involve touching': 'Yes',
  });
  await expect
    .poll(() => form.getByRole('alert').textContent())
    .toBe(
      'Not saved yet. As answered, it risks touching someone. Change the request so it avoids that, then answer again: the note beside each question says why it matters.',
    );
  await expect
    .poll(() => screen.question(form, 'Could this involve touching').textContent())
    .toMatch(/Why this matters: Touch needs a clear, freely given yes/);
  await expect
    .poll(() => screen.question(form, 'Will you film').textContent())
    .not.toMatch(/Why this matters/);
  await expect.poll(() => screen.challenge('Ask a neighbour for a hug').count()).toBe(0);

  await screen.writeCustom('Ask a neighbour to lend me a ladder', 2, safeAnswers);
  await expect
    .poll(() => screen.status.allTextContents())
    .toContain('Saved “Ask a neighbour to lend me a ladder”.');
  await expect.poll(() => form.count()).toBe(0);
  const detail = screen.detail('Ask a neighbour to lend me a ladder');
  await expect.poll(() => detail.textContent()).toMatch(/Your own challenge/);
  await expect
    .poll(() => screen.challenge('Ask a neighbour to lend me a ladder').textContent())
    .toMatch(/Your own/);

  await detail.getByRole('button', { name: 'Delete this challenge' }).click();
  await detail.getByRole('button', { name: 'Delete for good' }).click();
  await expect
    .poll(() => screen.status.allTextContents())
    .toContain('Deleted “Ask a neighbour to lend me a ladder”.');
  await expect.poll(() => screen.challenge('Ask a neighbour to lend me a ladder').count()).toBe(0);
});

test('the library, a chosen challenge and a refused custom challenge break no axe rule in either theme', async ({
  app,
}) => {
  const screen = new ChallengesScreen(app.page);
  await screen.open();
  await screen.choose(mint);
  const form = await screen.writeCustom('Ask for a hug', 2, {
    'Could this involve touching': 'Yes',
  });
  await form.getByRole('alert').waitFor();
  expect(await axeViolations(app.page)).toEqual([]);
});

test('a custom challenge with no request, or notes past their limit, is refused beside its fields before anything is sent', async ({
  app,
}) => {
  const { page } = app;
  const screen = new ChallengesScreen(page);
  await screen.open();
  await page.getByRole('button', { name: 'Create your own challenge' }).click();
  const form = page.getByRole('form', { name: 'Your own challenge' });
  const title = form.getByLabel('What will you ask for?');
  const notes = form.getByLabel('Boundary notes (optional)');
  const notesText = 'I will ask once and thank them either way. '.repeat(25);

  await notes.fill(notesText);
  await form.getByRole('button', { name: 'Save challenge' }).click();
  await expect
    .poll(() => problemBeside(title))
    .toBe('Write what you will ask for — a few words are enough.');
  expect(await problemBeside(notes)).toBe(
    `Keep this to 1,000 characters at most — it has ${notesText.length.toLocaleString('en')}.`,
  );
  await expect.poll(() => focusedLabel(page)).toBe('What will you ask for?');
  // Nothing went to main: its boundary check would have asked for the answers (below).
  expect(await form.getByRole('alert').count()).toBe(0);

  await title.fill('Ask a neighbour to water my plants');
  await expect.poll(() => problemBeside(title)).toBeNull();
  await notes.fill(notesText.slice(0, 400));
  await expect.poll(() => problemBeside(notes)).toBeNull();
  await form.getByRole('button', { name: 'Save challenge' }).click();
  await expect
    .poll(() => form.getByRole('alert').textContent())
    .toMatch(/^Not saved yet\. 6 questions still need/);
});
