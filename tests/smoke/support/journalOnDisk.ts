import { openVaultFile } from '../../support/testCore.js';
import type { ElectronStandIn } from './electronStandIn.js';
import { valueAsPage } from './invokeAsPage.js';

/**
 * Reads the app's journal file (where `vault.status` says it is) again from disk, with a
 * vault service of the test's own: what the app's saves left there, whatever it still
 * holds in memory. The attempts' requests and the drafts, as stored.
 */
export async function readJournalFile(
  electron: ElectronStandIn,
  passphrase: string,
): Promise<{ requests: string[]; drafts: string[] }> {
  const { path } = await valueAsPage<{ path: string }>(electron, 'vault.status');
  const db = await openVaultFile(path, { passphrase });
  try {
    const column = (sql: string) => (db.exec(sql)[0]?.values ?? []).map(([value]) => String(value));
    return {
      requests: column('SELECT request FROM attempts'),
      drafts: column('SELECT draft FROM drafts'),
    };
  } finally {
    db.close();
  }
}
