// A second process on a vault, for the crash and lock tests. Run with
// `node --import tsx vaultChild.ts <vault> <mode> [firstId]`:
//   hold — unlock, print "ready", and keep the vault open until killed;
//   save — unlock, print "ready", then save attempts forever, printing "ack <n>" after
//          each save is durable (and compacting every few saves), until killed.
import { sourceForeignVault } from '../../../../support/foreignVault.js';
// Both remember this computer's saves in `<vault>.memory.json`, written after every
// acknowledged save (the app coalesces to once a second; at once is the harder case).
import { inThreadKdf } from '../../../../../main/services/vault/kdf.js';
import { SaveMemory } from '../../../../../main/services/vault/saveMemory.js';
import { loadSodium } from '../../../../../main/services/vault/sodium.js';
import { nodeVaultFs } from '../../../../../main/services/vault/vaultFs.js';
import { VaultService } from '../../../../../main/services/vault/vaultService.js';
import { fileMemoryStore } from './fileMemoryStore.js';

const [vaultPath = '', mode = 'hold', firstId = '0'] = process.argv.slice(2);

const vault = new VaultService({
  fs: nodeVaultFs,
  sodium: await loadSodium(),
  kdf: inThreadKdf,
  openForeign: sourceForeignVault(),
  now: () => new Date(),
  vaultPath,
  kdfPolicy: { opslimit: 1, memlimitKiB: 8 * 1024 },
  backupGenerations: 2,
  memory: new SaveMemory(fileMemoryStore(`${vaultPath}.memory.json`), () => 'crashing-computer-0'),
  onLocked: () => undefined,
  onChangedOnDisk: () => undefined,
  onBackgroundError: (error) => {
    process.stderr.write(`background: ${String(error)}\n`);
  },
});
await vault.unlock('pass');
process.stdout.write('ready\n');

if (mode === 'save') {
  for (let n = Number(firstId); ; n += 1) {
    await vault.write((tx) =>
      tx.run(
        `INSERT INTO attempts (id, request, occurred_at, occurred_on, what_happened, created_at, updated_at)
         VALUES (?, 'Ask for a mint', '2026-11-25T12:00:00Z', '2026-11-25', ?, 'c', 'u')`,
        [String(n).padStart(6, '0'), 'reflection '.repeat(40)],
      ),
    );
    vault.flushMemory();
    process.stdout.write(`ack ${n}\n`);
    if (n % 7 === 0) await vault.compact();
  }
} else {
  setInterval(() => undefined, 60_000);
}
