import { vi } from 'vitest';
import { observableWaitMs, pollIntervalMs } from '../../support/patience.js';

/**
 * Waits, as patiently as every wait in the suite, until `condition` holds; fails naming
 * `what` it waited for. For hooks: expect.poll works only inside a test.
 */
export function waitUntil(condition: () => boolean, what: string): Promise<void> {
  return vi.waitFor(
    () => {
      if (!condition()) throw new Error(`still waiting: ${what}`);
    },
    { timeout: observableWaitMs, interval: pollIntervalMs },
  );
}
