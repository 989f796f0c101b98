import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { observableWaitMs, pollIntervalMs } from './tests/support/patience.js';

// Tests never load the real `electron` package: requiring it outside Electron downloads
// the binary. Modules that import it (electron-store) get the stub instead.
const electronStub = fileURLToPath(new URL('tests/support/electronStub.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { electron: electronStub } },
  test: {
    // Inlined so the alias above reaches its `import electron from 'electron'`.
    server: { deps: { inline: ['electron-store'] } },
    // Every expect.poll in every project waits this long for its state, not Vitest's
    // default second (tests/support/patience.ts says why).
    expect: { poll: { timeout: observableWaitMs, interval: pollIntervalMs } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/{main,shared,renderer,support,conformance}/**/*.test.{ts,tsx}',
            'tests/*.test.ts',
          ],
          environment: 'node',
          // Many tests do real crypto and real fsyncs; on two busy cores in CI a few take
          // several seconds. A hang still fails, just later.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Room for several observable waits in a row on a loaded two-core machine: the
          // accessibility tests visit every screen twice over, with axe on each.
          testTimeout: 240_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'smoke',
          include: ['tests/smoke/**/*.test.ts'],
          environment: 'node',
          // The journeys derive keys at the app's real cost (about half a second each on
          // an idle machine) and wait on the app's own timers: room for a busy machine.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The built main bundle is loaded by Node itself, not by Vite: its own `electron`
          // import must reach the stand-in through Node's resolution hook, as in Electron.
          server: { deps: { external: [/\/out\/main\//] } },
        },
      },
      {
        extends: true,
        test: {
          // What electron-builder packaged: its fuses and its file list. Run by
          // `npm run test:package` (scripts/packageSmoke.ts), which packages first and says where.
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // Not a test: `npm run screenshots` drives the app like the e2e tests do, to save
        // docs/screenshots/. Run through Vitest for the same `electron` stub.
        test: {
          name: 'screenshots',
          include: ['tests/e2e/tools/screenshots.run.ts'],
          environment: 'node',
          testTimeout: 300_000,
        },
      },
    ],
  },
});
