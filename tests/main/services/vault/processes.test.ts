import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveMemory, type RememberedState } from '../../../../main/services/vault/saveMemory.js';
import { seededRandom } from '../../../support/random.js';
import { vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';
import { fileMemoryStore } from './support/fileMemoryStore.js';

const childScript = fileURLToPath(new URL('support/vaultChild.ts', import.meta.url));

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
  const { vault } = await fixture.create('pass');
  await vault.lock('manual');
});
afterEach(() => fixture.cleanup());

interface Child {
  readonly process: ChildProcess;
  /** Resolves when the child has the vault open. */
  readonly ready: Promise<void>;
  /** The last save the child reported durable. */
  lastAck(): number | undefined;
  /** Resolves once the child has reported `count` durable saves. */
  saves(count: number): Promise<void>;
  /** Resolves when the child is gone. */
  readonly exited: Promise<void>;
}

function startChild(mode: 'hold' | 'save', firstId = 0): Child {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', childScript, fixture.vaultPath, mode, String(firstId)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let ack: number | undefined;
  let acks = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') resolve();
      const match = /^ack (\d+)$/.exec(line);
      if (match) {
        ack = Number(match[1]);
        acks += 1;
        for (const waiter of waiters.filter((w) => w.count <= acks)) waiter.resolve();
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`child exited (${code}) before it was ready: ${stderr}`)),
    );
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const saves = (count: number) =>
    count <= acks
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ count, resolve }));
  return { process: child, ready, exited, lastAck: () => ack, saves };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two processes, and crashes', () => {
  it('refuses a second process while one holds the vault (VAULT_IN_USE), and takes over once it is gone', async () => {
    const holder = startChild('hold');
    await holder.ready;
    const failure = await fixture
      .service()
      .unlock('pass')
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      code: 'VAULT_IN_USE',
      message: expect.stringContaining(String(holder.process.pid)) as unknown,
    });
    holder.process.kill('SIGKILL');
    await holder.exited;
    await fixture.service().unlock('pass');
  });

  it('always reopens with the last acknowledged save, or the one after it, and no save missing, across 100 SIGKILLs at random moments', async () => {
    // The same computer as the child: its memory of the saves, written after each one,
    // read afresh after each kill as the app reads it at its next start.
    const memoryFile = `${fixture.vaultPath}.memory.json`;
    const thisComputer = () =>
      new SaveMemory(fileMemoryStore(memoryFile), () => 'crashing-computer-0');
    const random = seededRandom(20261125);
    let next = 0;
    for (let round = 0; round < 100; round += 1) {
      const child = startChild('save', next);
      await child.ready;
      // Kill while it is busy saving: mid-append, mid-fsync, mid-compaction (every 7th).
      await child.saves(random.int(8));
      await sleep(random.int(12));
      child.process.kill('SIGKILL');
      await child.exited;

      const acked = child.lastAck();
      const vault = fixture.service({ memory: thisComputer() });
      await vault.unlock('pass');
      const missing = vault.missingSaves;
      const ids = vault.read
        .all<{ id: string }>('SELECT id FROM attempts ORDER BY id')
        .map((row) => Number(row.id));
      const integrity = vault.read.all('PRAGMA integrity_check');
      await vault.lock('manual');

      const expectedMax = acked ?? next - 1;
      const last = ids.at(-1) ?? -1;
      expect({
        round,
        integrity,
        contiguous: ids.every((id, i) => id === i),
        lastIsAckedOrNext: last === expectedMax || last === expectedMax + 1,
        missing,
      }).toEqual({
        round,
        integrity: [{ integrity_check: 'ok' }],
        contiguous: true,
        lastIsAckedOrNext: true,
        missing: undefined,
      });
      next = last + 1;
    }
    expect(next).toBeGreaterThan(100);

    // And it would have told: a memory one save ahead of the file is a missing save.
    const remembered = JSON.parse(readFileSync(memoryFile, 'utf8')) as RememberedState;
    const [journalId] = Object.keys(remembered.journals);
    const entry = journalId === undefined ? undefined : remembered.journals[journalId];
    if (journalId === undefined || !entry) throw new Error('nothing was remembered');
    writeFileSync(
      memoryFile,
      JSON.stringify({
        ...remembered,
        journals: { [journalId]: { ...entry, saves: entry.saves + 1 } },
      }),
    );
    const told = fixture.service({ memory: thisComputer() });
    await told.unlock('pass');
    expect(told.missingSaves?.count).toBe(1);
    await told.lock('manual');
  }, 240_000);
});
