// Opens one foreign vault file in a process of its own (a Node child in tests and the
// command line, Electron's utility process in the app) and answers with its rows. Its
// log is SQL chosen by whoever made the file: main kills this process when it takes too
// long, and a watchdog thread here ends it when it uses too much memory — WebAssembly
// memory is not capped by a worker's resourceLimits or by --max-old-space-size, and the
// thread running SQLite cannot look up while it runs, so the check runs beside it.
import { Worker } from 'node:worker_threads';
import { readForeignVault } from './foreignVaultReader.js';
import { replyOfFailure, type OpenReply, type OpenRequest } from './foreignVault.js';
import { loadSodium } from './sodium.js';

/** How main talks to this process: Electron's parentPort, or Node's IPC channel. */
interface ParentChannel {
  onRequest(listener: (request: OpenRequest) => void): void;
  reply(reply: OpenReply): void;
}

/** Electron gives a utility process `process.parentPort` (typed here: no 'electron' import). */
interface UtilityParentPort {
  once(event: 'message', listener: (message: { data: OpenRequest }) => void): void;
  postMessage(message: OpenReply): void;
}

function parentChannel(): ParentChannel {
  const utility = (process as { parentPort?: UtilityParentPort }).parentPort;
  if (utility)
    return {
      onRequest: (listener) => utility.once('message', (message) => listener(message.data)),
      reply: (reply) => utility.postMessage(reply),
    };
  return {
    onRequest: (listener) => process.once('message', (request) => listener(request as OpenRequest)),
    reply: (reply) => process.send?.(reply),
  };
}

/** Ends this whole process (not only the thread) once its memory passes the bound. */
const watchdog = `
const { workerData } = require('node:worker_threads');
setInterval(() => {
  if (process.memoryUsage.rss() > workerData) process.kill(process.pid, 'SIGKILL');
}, 20);
`;

const parent = parentChannel();
parent.onRequest((request) => {
  new Worker(watchdog, { eval: true, workerData: request.memoryBytes }).unref();
  void loadSodium()
    .then((sodium) => readForeignVault(sodium, request.bytes, request.dataKey))
    .then(
      (journal): OpenReply => ({ ok: true, journal }),
      (error: unknown) => replyOfFailure(error),
    )
    .then((reply) => parent.reply(reply));
});
