import { describe, expect, it } from 'vitest';
import { screenLockPollMs, watchScreenLock } from '../../../main/platform/screenLock.js';
import { manualTimers } from '../../support/manualTimers.js';

/** A system whose screen the test locks and unlocks, and that records what was asked. */
function fakeSystem() {
  const system = {
    state: 'active' as 'active' | 'idle' | 'locked' | 'unknown',
    listeners: [] as (() => void)[],
    asked: 0,
  };
  return {
    system,
    source: {
      onLockScreen: (listener: () => void) => system.listeners.push(listener),
      idleState: () => {
        system.asked += 1;
        return system.state;
      },
    },
  };
}

describe('the screen lock', () => {
  it.each(['darwin', 'win32'] as const)(
    'on %s is the system’s lock-screen event, and nothing is polled',
    (platform) => {
      const { system, source } = fakeSystem();
      const timers = manualTimers();
      let locks = 0;
      watchScreenLock(platform, source, timers, () => (locks += 1));
      expect(system.listeners).toHaveLength(1);
      system.listeners[0]?.();
      timers.advance(10 * screenLockPollMs);
      expect({ locks, asked: system.asked }).toEqual({ locks: 1, asked: 0 });
    },
  );

  it('on Linux, which has no such event, is a change of the idle state to locked, once per lock', () => {
    const { system, source } = fakeSystem();
    const timers = manualTimers();
    let locks = 0;
    const stop = watchScreenLock('linux', source, timers, () => (locks += 1));
    expect(system.listeners).toHaveLength(0);

    timers.advance(screenLockPollMs);
    expect(locks).toBe(0);
    system.state = 'locked';
    timers.advance(3 * screenLockPollMs);
    expect(locks).toBe(1);
    system.state = 'active';
    timers.advance(screenLockPollMs);
    system.state = 'locked';
    timers.advance(screenLockPollMs);
    expect(locks).toBe(2);

    stop();
    const asked = system.asked;
    timers.advance(10 * screenLockPollMs);
    expect(system.asked).toBe(asked);
  });
});
