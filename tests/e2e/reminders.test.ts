import { AppShell } from './pages/AppShell.js';
import { expect, test } from './support/fixtures.js';

const notShown = {
  state: 'failed',
  error: 'Notifications are not allowed for this application',
} as const;

test('Settings → Reminders says when the system did not show the last reminder', async ({
  app,
}) => {
  await new AppShell(app.page).openSettings();
  const reminders = app.page.getByRole('group', { name: 'Reminders' });
  await reminders.getByLabel('Remind me on days with a planned challenge').waitFor();
  await expect.poll(() => reminders.getByRole('status').count()).toBe(0);

  // As main tells the page when a reminder is refused.
  await app.emit('reminders.deliveryChanged', notShown);
  const notice = reminders.getByRole('status');
  await expect
    .poll(() => notice.textContent())
    .toBe(
      'Your system did not show the last reminder: it said “Notifications are not allowed for ' +
        'this application”. On macOS, check System Settings → Notifications → Ask Anyway. On ' +
        'Windows, check Settings → System → Notifications.',
    );

  // A later reminder that shows clears it.
  await app.emit('reminders.deliveryChanged', { state: 'working' });
  await expect.poll(() => notice.count()).toBe(0);
});

test('Settings says at once when the system has no notifications at all', async ({ app }) => {
  app.answerWrongly('reminders.delivery', { state: 'unsupported' });
  await new AppShell(app.page).openSettings();
  const notice = app.page.getByRole('group', { name: 'Reminders' }).getByRole('status');
  await expect.poll(() => notice.textContent()).toMatch(/^Your system cannot show notifications/);
});

test('the tray and start-at-login options are kept with the preferences', async ({ app }) => {
  await new AppShell(app.page).openSettings();
  const reminders = app.page.getByRole('group', { name: 'Reminders' });
  await reminders.getByLabel(/Keep running in the tray/).check();
  await reminders.getByLabel('Start Ask Anyway when I log in').check();
  await expect
    .poll(() => {
      const { keepRunningInTray, startAtLogin } = app.core.settings.get();
      return { keepRunningInTray, startAtLogin };
    })
    .toEqual({ keepRunningInTray: true, startAtLogin: true });
  await expect
    .poll(() => reminders.getByText('It starts in the tray, without opening a window.').count())
    .toBe(1);
});
