import { utilityProcess } from 'electron';
import {
  superviseOpening,
  type ForeignVaultLimits,
  type OpenForeignVault,
  type OpenReply,
} from '../services/vault/foreignVault.js';

/**
 * Opens foreign vaults in Electron utility processes running the built
 * foreignVaultProcess.js: the app's own equivalent of a Node child (a packaged app has
 * the RunAsNode fuse off, so it cannot fork itself as Node). Each file gets a fresh
 * process, killed once it answers, runs too long, or uses too much memory.
 */
export function utilityForeignVault(script: string, limits?: ForeignVaultLimits): OpenForeignVault {
  return superviseOpening(() => {
    const child = utilityProcess.fork(script, [], {
      serviceName: 'Ask Anyway file opener',
      stdio: 'ignore',
    });
    return {
      send: (request) => child.postMessage(request),
      onReply: (listener) => child.once('message', (reply: OpenReply) => listener(reply)),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => void child.kill(),
    };
  }, limits);
}
