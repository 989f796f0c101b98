import { nodeForeignVault } from '../../main/services/vault/nodeForeignVault.js';
import type {
  ForeignVaultLimits,
  OpenForeignVault,
} from '../../main/services/vault/foreignVault.js';

/** The process that opens foreign vaults, from its source: tests run before any build. */
const script = new URL('../../main/services/vault/foreignVaultProcess.ts', import.meta.url);

/** Opens foreign vaults in a Node child process on the TypeScript source, as the CLI does. */
export function sourceForeignVault(limits?: ForeignVaultLimits): OpenForeignVault {
  return nodeForeignVault(script, { execArgv: ['--import', 'tsx'], ...(limits && { limits }) });
}
