import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startTsWorker } from '../../../support/tsWorker.js';
import {
  createWorkerKdf,
  defaultKdfParams,
  inThreadKdf,
  passphraseBytes,
} from '../../../../main/services/vault/kdf.js';

const workerFile = new URL('../../../../main/services/vault/kdfWorker.ts', import.meta.url);
const salt = new Uint8Array(16).fill(7);

describe('the key derivation', () => {
  it('normalises the passphrase to NFC before hashing', () => {
    expect(passphraseBytes('e\u0301')).toEqual(passphraseBytes('\u00e9'));
  });

  it('runs in a worker thread and derives exactly what the in-thread KDF derives', async () => {
    const kdf = createWorkerKdf(() => startTsWorker(workerFile));
    const request = {
      passphrase: passphraseBytes('pass'),
      salt,
      opslimit: 1,
      memlimitKiB: 8 * 1024,
    };
    const [inWorker, inThread] = await Promise.all([kdf(request), inThreadKdf(request)]);
    expect(inWorker).toEqual(inThread);
    expect(inWorker).toHaveLength(32);
  });

  it('ends the worker once the key is back, so its memory returns to the system', async () => {
    const started: Worker[] = [];
    const kdf = createWorkerKdf(() => {
      const worker = startTsWorker(workerFile);
      started.push(worker);
      return worker;
    });
    await kdf({ passphrase: passphraseBytes('pass'), salt, opslimit: 1, memlimitKiB: 8 * 1024 });
    expect(started).toHaveLength(1);
    const [worker] = started;
    if (!worker) throw new Error('no worker started');
    // Terminated workers report a thread id of -1 once they have exited.
    await expect.poll(() => worker.threadId).toBe(-1);
  });

  it('derives with the default cost of 3 passes over 128 MiB', async () => {
    expect(defaultKdfParams).toEqual({ opslimit: 3, memlimitKiB: 128 * 1024 });
    const kdf = createWorkerKdf(() => startTsWorker(workerFile));
    const key = await kdf({ passphrase: passphraseBytes('pass'), salt, ...defaultKdfParams });
    expect(key).toEqual(
      await inThreadKdf({ passphrase: passphraseBytes('pass'), salt, ...defaultKdfParams }),
    );
  }, 30_000);
});
