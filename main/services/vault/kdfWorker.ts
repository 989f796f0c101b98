// Runs one Argon2id derivation off the main thread. The parent ends this worker as soon
// as the key arrives, so the 128 MiB libsodium grew for it (WebAssembly memory never
// shrinks) goes back to the operating system with the thread.
import { parentPort } from 'node:worker_threads';
import { loadSodium } from './sodium.js';
import type { KdfRequest } from './kdf.js';

if (!parentPort) throw new Error('kdfWorker must run as a worker thread');
const port = parentPort;

port.once('message', (request: KdfRequest) => {
  void loadSodium().then((sodium) => {
    const key = sodium.deriveKey(
      request.passphrase,
      request.salt,
      request.opslimit,
      request.memlimitKiB * 1024,
    );
    sodium.wipe(request.passphrase);
    port.postMessage(key, [key.buffer as ArrayBuffer]);
  });
});
