import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import {
  createSettingsService,
  settingsFromStored,
} from '../../../../main/services/settings/settingsService.js';
import { defaultSettings } from '../../../../shared/domain/settings.js';
import { fsError, memorySettingsStore } from '../../../support/memorySettingsStore.js';

const { reminders } = defaultSettings;
/** Everything after the auto-lock, at its defaults. */
const later = { reminders, keepRunningInTray: false, startAtLogin: false };

describe('settingsFromStored', () => {
  it.each([
    ['nothing saved yet', undefined, defaultSettings],
    ['a non-object', 'dark', defaultSettings],
    [
      'complete settings',
      { theme: 'dark', autoLockMinutes: 5, ...later },
      { theme: 'dark', autoLockMinutes: 5, ...later },
    ],
    [
      'one bad field',
      { theme: 'neon', autoLockMinutes: 5, ...later },
      { theme: 'system', autoLockMinutes: 5, ...later },
    ],
    [
      'an out-of-range field',
      { theme: 'light', autoLockMinutes: -3, ...later },
      { theme: 'light', autoLockMinutes: 10, ...later },
    ],
    [
      'settings from before reminders existed',
      { theme: 'dark', autoLockMinutes: 5 },
      { theme: 'dark', autoLockMinutes: 5, ...later },
    ],
    [
      'settings from before the tray and start-at-login options existed',
      { theme: 'dark', autoLockMinutes: 5, reminders: { daily: true, time: '07:30' } },
      {
        theme: 'dark',
        autoLockMinutes: 5,
        reminders: { daily: true, time: '07:30' },
        keepRunningInTray: false,
        startAtLogin: false,
      },
    ],
    [
      'a reminder time that is not a time',
      { theme: 'dark', autoLockMinutes: 5, ...later, reminders: { daily: true, time: '25:00' } },
      { theme: 'dark', autoLockMinutes: 5, ...later },
    ],
    [
      'a field from a newer version',
      { theme: 'light', autoLockMinutes: 5, ...later, sync: true },
      { theme: 'light', autoLockMinutes: 5, ...later },
    ],
  ])('reads %s', (_name, stored, expected) => {
    expect(settingsFromStored(stored)).toEqual(expected);
  });
});

describe('the settings service', () => {
  it('starts from what the store holds', () => {
    const service = createSettingsService(
      memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, ...later }),
    );
    expect(service.get()).toEqual({ theme: 'dark', autoLockMinutes: 60, ...later });
  });

  it('saves a patch, keeps the other fields, and notifies listeners', () => {
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, ...later });
    const service = createSettingsService(store);
    const listener = vi.fn();
    const unsubscribe = service.onChange(listener);

    const next = service.update({ autoLockMinutes: 15 });

    expect(next).toEqual({ theme: 'dark', autoLockMinutes: 15, ...later });
    expect(store.saved).toEqual(next);
    expect(service.get()).toEqual(next);
    expect(listener).toHaveBeenCalledExactlyOnceWith(next);

    unsubscribe();
    service.update({ theme: 'light' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['ENOSPC', 'DISK_FULL'],
    ['EACCES', 'PERMISSION_DENIED'],
    ['EROFS', 'PERMISSION_DENIED'],
    ['EIO', 'INTERNAL'],
  ])('reports a failed save (%s) as %s and keeps the previous settings', (errno, code) => {
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, ...later });
    const service = createSettingsService(store);
    const listener = vi.fn();
    service.onChange(listener);
    store.failSavesWith = fsError(errno);

    let thrown: unknown;
    try {
      service.update({ theme: 'light' });
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(AppFailure);
    expect((thrown as AppFailure).code).toBe(code);
    expect(service.get()).toEqual({ theme: 'dark', autoLockMinutes: 60, ...later });
    expect(listener).not.toHaveBeenCalled();
  });

  it('does what a setting does outside the app first; if that fails, nothing is saved', () => {
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, ...later });
    const effects: [boolean, boolean][] = [];
    let refuse = false;
    const service = createSettingsService(store, (next, previous) => {
      if (refuse) throw new AppFailure('PERMISSION_DENIED', 'Permission denied.');
      effects.push([previous.startAtLogin, next.startAtLogin]);
    });
    service.update({ startAtLogin: true });
    expect(effects).toEqual([[false, true]]);
    expect(store.saved?.startAtLogin).toBe(true);

    refuse = true;
    expect(() => service.update({ startAtLogin: false })).toThrow('Permission denied.');
    expect(service.get().startAtLogin).toBe(true);
    expect(store.saved?.startAtLogin).toBe(true);
  });

  it('undoes what the setting did outside the app when its save fails', () => {
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, ...later });
    const loginItem = { openAtLogin: false };
    const service = createSettingsService(store, (next) => {
      loginItem.openAtLogin = next.startAtLogin;
    });
    store.failSavesWith = fsError('ENOSPC');
    expect(() => service.update({ startAtLogin: true })).toThrow(AppFailure);
    expect(service.get().startAtLogin).toBe(false);
    expect(loginItem.openAtLogin).toBe(false);
  });
});
