import { format } from '../../app/format.js';
import { autoLockMinutes } from '../../../shared/domain/settings.js';

const presets = [1, 5, 10, 15, 30, 60, 120, 240] as const;

/** "5 minutes", "1 hour", "4 hours". */
export function describeMinutes(minutes: number): string {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return format.count(hours, { one: 'hour', other: 'hours' });
  }
  return format.count(minutes, { one: 'minute', other: 'minutes' });
}

/**
 * The choices the auto-lock menu offers: the presets, plus the current value when it
 * was set some other way (a hand-edited preferences file), so the menu never misstates it.
 */
export function autoLockChoices(current: number): number[] {
  const choices = new Set<number>(presets);
  if (current >= autoLockMinutes.min && current <= autoLockMinutes.max) choices.add(current);
  return [...choices].sort((a, b) => a - b);
}
