import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import {
  createSettingsService,
  settingsFromStored,
} from '../../../../main/services/settings/settingsService.js';
import { defaultSettings } from '../../../../shared/domain/settings.js';
import { fsError, memorySettingsStore } from '../../../support/memorySettingsStore.js';

const { reminders } = defaultSettings;

describe('settingsFromStored', () => {
  it.each([
    ['nothing saved yet', undefined, defaultSettings],
    ['a non-object', 'dark', defaultSettings],
    [
      'complete settings',
      { theme: 'dark', autoLockMinutes: 5, reminders },
      { theme: 'dark', autoLockMinutes: 5, reminders },
    ],
    [
      'one bad field',
      { theme: 'neon', autoLockMinutes: 5, reminders },
      { theme: 'system', autoLockMinutes: 5, reminders },
    ],
    [
      'an out-of-range field',
      { theme: 'light', autoLockMinutes: -3, reminders },
      { theme: 'light', autoLockMinutes: 10, reminders },
    ],
    [
      'settings from before reminders existed',
      { theme: 'dark', autoLockMinutes: 5 },
      { theme: 'dark', autoLockMinutes: 5, reminders },
    ],
    [
      'a reminder time that is not a time',
      { theme: 'dark', autoLockMinutes: 5, reminders: { daily: true, time: '25:00' } },
      { theme: 'dark', autoLockMinutes: 5, reminders },
    ],
    [
      'a field from a newer version',
      { theme: 'light', autoLockMinutes: 5, reminders, sync: true },
      { theme: 'light', autoLockMinutes: 5, reminders },
    ],
  ])('reads %s', (_name, stored, expected) => {
    expect(settingsFromStored(stored)).toEqual(expected);
  });
});

describe('the settings service', () => {
  it('starts from what the store holds', () => {
    const service = createSettingsService(
      memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, reminders }),
    );
    expect(service.get()).toEqual({ theme: 'dark', autoLockMinutes: 60, reminders });
  });

  it('saves a patch, keeps the other fields, and notifies listeners', () => {
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, reminders });
    const service = createSettingsService(store);
    const listener = vi.fn();
    const unsubscribe = service.onChange(listener);

    const next = service.update({ autoLockMinutes: 15 });

    expect(next).toEqual({ theme: 'dark', autoLockMinutes: 15, reminders });
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
    const store = memorySettingsStore({ theme: 'dark', autoLockMinutes: 60, reminders });
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
    expect(service.get()).toEqual({ theme: 'dark', autoLockMinutes: 60, reminders });
    expect(listener).not.toHaveBeenCalled();
  });
});
