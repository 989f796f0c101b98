import { AppShell } from './pages/AppShell.js';
import { expect, test } from './support/fixtures.js';

test('the app opens on this week; the practice guide says plainly it is not therapy', async ({
  app,
}) => {
  await app.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  await new AppShell(app.page).link('The practice').click();
  const guide = app.page.getByRole('heading', { name: 'The practice', level: 1 });
  await guide.waitFor();
  await expect.poll(() => app.page.getByText('not therapy').count()).toBeGreaterThan(0);
  const rules = app.page.getByRole('heading', { level: 3 });
  await expect
    .poll(() => rules.allTextContents())
    .toEqual([
      'Start small; never flood',
      'Respect other people’s boundaries',
      'Reflect afterwards',
      'Know when to quit',
    ]);
});

test('the menu’s Settings item (a main → renderer event) opens the settings screen', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  await app.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  await app.emit('app.navigate', { to: 'settings' });
  await app.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await expect.poll(() => shell.link('Settings').getAttribute('aria-current')).toBe('page');
});

test('the rail is reachable with Tab, and the focused link shows a focus ring', async ({ app }) => {
  await app.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  await app.page.keyboard.press('Tab');
  const focused = await app.page.evaluate(() => {
    const element = document.activeElement;
    const style = element ? getComputedStyle(element) : undefined;
    return { text: element?.textContent, outline: `${style?.outlineStyle} ${style?.outlineWidth}` };
  });
  expect(focused).toEqual({ text: 'This week', outline: 'solid 3px' });
});
