import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  superviseOpening,
  type ForeignVaultLimits,
  type OpenForeignVault,
  type OpenReply,
} from './foreignVault.js';

/**
 * Opens foreign vaults in plain Node child processes running `script` (the built
 * foreignVaultProcess.js, or its TypeScript source with `execArgv: ['--import', 'tsx']`).
 * The app uses Electron's utility process instead (main/platform/utilityForeignVault.ts):
 * a packaged app cannot fork itself as Node.
 */
export function nodeForeignVault(
  script: URL,
  options: { execArgv?: readonly string[]; limits?: ForeignVaultLimits } = {},
): OpenForeignVault {
  return superviseOpening(() => {
    const child = fork(fileURLToPath(script), [], {
      execArgv: [...(options.execArgv ?? [])],
      // Typed arrays cross as they are, not as JSON of every byte.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return {
      send: (request) => child.send(request),
      onReply: (listener) => child.once('message', (reply) => listener(reply as OpenReply)),
      onExit: (listener) => {
        child.once('exit', () => listener());
        // A process that could not start, or whose channel broke, answers nothing either.
        child.once('error', () => listener());
      },
      kill: () => child.kill('SIGKILL'),
    };
  }, options.limits);
}
