import { type ChildProcess, fork } from 'node:child_process';
import type { StandInContext } from './core.js';

/** The module each child imports first, for its `process.parentPort`. */
const parentPortShim = `data:text/javascript,${encodeURIComponent(`
    import { EventEmitter } from 'node:events';
    const parentPort = new EventEmitter();
    // Like a MessagePort, it holds what arrives until the script listens.
    const held = [];
    const deliver = (data) => parentPort.emit('message', { data, ports: [] });
    process.on('message', (data) =>
      parentPort.listenerCount('message') > 0 ? deliver(data) : held.push(data));
    parentPort.on('newListener', (event) => {
      if (event === 'message') setImmediate(() => held.splice(0).forEach(deliver));
    });
    parentPort.postMessage = (message) => process.send(message);
    process.parentPort = parentPort;
  `)}`;

/**
 * Electron's utility process, as a Node child running the same script: a module given
 * first (`--import`) puts Electron's `process.parentPort` on it over Node's IPC channel
 * (holding messages until the script listens, as Electron's port does),
 * whose `advanced` serialization is the structured clone Electron's messages use.
 * Forked only after `ready`, with options electron.d.ts declares; its events checked.
 */
export function createUtilityProcess(context: StandInContext) {
  const { recorded, requireReady, checkKeys } = context;
  const utilityChildren: ChildProcess[] = [];
  class StandInUtilityProcess extends context.CheckedEmitter {
    constructor(private readonly child: ChildProcess) {
      super('UtilityProcess');
      child.on('message', (message) => this.emit('message', message));
      child.on('exit', (code) => this.emit('exit', code ?? 1));
      child.once('spawn', () => this.emit('spawn'));
      return recorded('UtilityProcess', this);
    }
    get pid(): number | undefined {
      return this.child.exitCode === null ? this.child.pid : undefined;
    }
    postMessage(message: unknown): void {
      this.child.send(message as never);
    }
    kill(): boolean {
      return this.child.kill('SIGKILL');
    }
  }
  const utilityProcess = recorded('utilityProcess', {
    fork(modulePath: string, args: readonly string[] = [], forkOptions: object = {}) {
      requireReady('utilityProcess');
      checkKeys('ForkOptions', forkOptions);
      const child = fork(modulePath, [...args], {
        execArgv: ['--import', parentPortShim],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      utilityChildren.push(child);
      return new StandInUtilityProcess(child);
    },
  });
  return { utilityProcess, utilityChildren: utilityChildren as readonly ChildProcess[] };
}
