import { createCore } from '../main/core.js';
import type { Caller } from '../main/ipc/router.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testCorePorts } from '../tests/support/testCore.js';
import { measure, type BenchRow } from './measure.js';

const caller: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };

/**
 * What the IPC boundary costs per call: the router (sender check, payload guard, zod
 * parse, error mapping) against calling the service directly, for a small request and
 * for a 3 MB one over the payload limit, which the guard must refuse cheaply.
 */
export async function benchIpcRouter(): Promise<BenchRow[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-bench-'));
  const core = createCore(await testCorePorts(folder, { validateOutgoing: false }));
  const huge = { theme: 'x'.repeat(3_000_000) };
  // Alternating values, so every update really changes something.
  let calls = 0;
  const nextTheme = (): 'light' | 'dark' => (calls++ % 2 === 0 ? 'light' : 'dark');

  return [
    {
      name: 'settings.update, service called directly',
      timing: await measure(() => core.settings.update({ theme: nextTheme() }), { runs: 2000 }),
    },
    {
      name: 'settings.update through the router',
      timing: await measure(() => core.router('settings.update', { theme: nextTheme() }, caller), {
        runs: 2000,
      }),
      baseline: 'settings.update, service called directly',
    },
    {
      name: 'JSON.parse of a 3 MB payload (copy floor)',
      timing: await measure(() => JSON.parse(JSON.stringify(huge)), { runs: 50 }),
    },
    {
      name: 'router rejects a 3 MB payload',
      timing: await measure(() => core.router('settings.update', huge, caller), { runs: 50 }),
      baseline: 'JSON.parse of a 3 MB payload (copy floor)',
    },
  ];
}
