import { describe, expect, it } from 'vitest';
import {
  crashMemoryMs,
  gaveUpPage,
  reloadsAfterCrash,
  rendererCrashPolicy,
} from '../../../main/window/rendererCrashes.js';

describe('after the window’s page dies', () => {
  it('reloads it a few times in a row, then gives up', () => {
    let now = 0;
    const next = rendererCrashPolicy(() => now);
    const answers = Array.from({ length: reloadsAfterCrash + 1 }, () => {
      now += 1_000;
      return next();
    });
    expect(answers).toEqual([...Array<string>(reloadsAfterCrash).fill('reload'), 'give-up']);
  });

  it('forgets deaths older than a minute, so a rare one always reloads', () => {
    let now = 0;
    const next = rendererCrashPolicy(() => now);
    for (let death = 0; death < 10; death += 1) {
      now += crashMemoryMs;
      expect(next()).toBe('reload');
    }
  });

  it('gives up on a plain page that says the journal is safe, with no script in it', () => {
    const html = decodeURIComponent(gaveUpPage.slice(gaveUpPage.indexOf(',') + 1));
    expect(gaveUpPage.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(html).toContain('Your\njournal is locked and safe');
    expect(html).not.toMatch(/<script|on\w+=/i);
  });
});
