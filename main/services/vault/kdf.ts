import type { Worker } from 'node:worker_threads';
import type { KdfParams } from './format.js';
import { loadSodium } from './sodium.js';

/** What the KDF is given: the passphrase as NFC-normalised UTF-8, the salt, the cost. */
export interface KdfRequest extends KdfParams {
  readonly passphrase: Uint8Array;
  readonly salt: Uint8Array;
}

/** Derives the 32-byte passphrase key. A port: a worker in the app, in-thread in tests. */
export type Kdf = (request: KdfRequest) => Promise<Uint8Array>;

/** Default cost: 3 passes over 128 MiB, about half a second on a modest machine. */
export const defaultKdfParams: KdfParams = { opslimit: 3, memlimitKiB: 128 * 1024 };

/** The passphrase as the format hashes it: Unicode NFC, then UTF-8. */
export function passphraseBytes(passphrase: string): Uint8Array {
  return new TextEncoder().encode(passphrase.normalize('NFC'));
}

/**
 * Runs each derivation in a fresh worker thread (made by `startWorker`, which runs
 * kdfWorker) and ends the worker afterwards, so the app stays responsive and
 * libsodium's grown memory is returned to the OS.
 */
export function createWorkerKdf(startWorker: () => Worker): Kdf {
  return (request) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = startWorker();
      const finish = (): void => void worker.terminate();
      worker.once('message', (key: Uint8Array) => {
        finish();
        resolve(key);
      });
      worker.once('error', (error) => {
        finish();
        reject(error);
      });
      worker.once('exit', (code) =>
        reject(new Error(`The key-derivation worker exited (${code}) without a key.`)),
      );
      const transfer = {
        ...request,
        passphrase: request.passphrase.slice(),
        salt: request.salt.slice(),
      };
      worker.postMessage(transfer, [transfer.passphrase.buffer]);
    });
}

/** Derives in the calling thread: for tests with cheap parameters and for benchmarks. */
export const inThreadKdf: Kdf = async (request) => {
  const sodium = await loadSodium();
  return sodium.deriveKey(
    request.passphrase,
    request.salt,
    request.opslimit,
    request.memlimitKiB * 1024,
  );
};
