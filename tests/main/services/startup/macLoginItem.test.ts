import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import { macLoginItem, type MacLoginItems } from '../../../../main/services/startup/loginItem.js';

/** macOS's login items, answering `status` as the test says. */
function loginItems(status: ReturnType<MacLoginItems['status']>) {
  const set: boolean[] = [];
  return {
    set,
    items: { setOpenAtLogin: (open: boolean) => set.push(open), status: () => status },
  };
}

describe('the login item on macOS', () => {
  it.each(['enabled', undefined] as const)('turns on when macOS says %s', (status) => {
    const { set, items } = loginItems(status);
    macLoginItem(items).set(true);
    expect(set).toEqual([true]);
  });

  it('waiting for the user’s approval, stays registered and says where to allow it', () => {
    const { set, items } = loginItems('requires-approval');
    const turnOn = () => macLoginItem(items).set(true);
    expect(turnOn).toThrow(AppFailure);
    expect(turnOn).toThrow(/System Settings → General → Login Items/);
    expect(set.every((open) => open)).toBe(true);
  });

  it('when macOS cannot find the app, takes the item back and says to move the app', () => {
    const { set, items } = loginItems('not-found');
    expect(() => macLoginItem(items).set(true)).toThrow(/Move Ask Anyway to your Applications/);
    expect(set).toEqual([true, false]);
  });

  it('turns off without asking macOS anything more', () => {
    const { set, items } = loginItems('not-found');
    macLoginItem(items).set(false);
    expect(set).toEqual([false]);
  });
});
