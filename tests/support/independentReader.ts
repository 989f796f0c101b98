import { spawnSync } from 'node:child_process';
import path from 'node:path';

// Runs tests/conformance/read_vault.py, the independent reader written from the format
// alone (docs/vault-format.md), over a vault the app wrote.

const reader = path.resolve('tests/conformance/read_vault.py');

/**
 * A Python with PyNaCl (libsodium for Python), as scripts/findPython.mjs finds it — the
 * same lookup .ci/run makes — or its words on what it tried and how to fix it. Asked once.
 */
let python: string | undefined;
function findPython(): string {
  if (python !== undefined) return python;
  const found = spawnSync(process.execPath, [path.resolve('scripts/findPython.mjs')], {
    encoding: 'utf8',
  });
  if (found.status !== 0) throw new Error(found.stderr || 'scripts/findPython.mjs failed');
  python = found.stdout.trim();
  return python;
}

/** This process's environment (a Python may need its HOME), with only the given secret. */
function readerEnv(secret: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  delete inherited['ASK_ANYWAY_PASSPHRASE'];
  delete inherited['ASK_ANYWAY_RECOVERY_KEY'];
  return { ...inherited, ...secret };
}

/**
 * Opens `vaultPath` with the reader and the secret given (`ASK_ANYWAY_PASSPHRASE` or
 * `ASK_ANYWAY_RECOVERY_KEY`); `out` is the plain SQLite file it wrote, when it could.
 */
export function readIndependently(vaultPath: string, secret: Record<string, string>) {
  const out = `${vaultPath}.independent.sqlite`;
  const runner = findPython();
  const result = spawnSync(runner, [reader, vaultPath, out], {
    encoding: 'utf8',
    env: readerEnv(secret),
  });
  if (result.status !== 0 && !result.stdout) {
    throw new Error(
      `The independent reader could not run (${runner}: ${result.error?.message ?? result.stderr}).`,
    );
  }
  return {
    ...(JSON.parse(result.stdout) as { records?: number; dropped_tail?: boolean; error?: string }),
    out,
  };
}
