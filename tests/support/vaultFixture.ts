import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSodium, type Sodium } from '../../main/services/vault/sodium.js';
import { memoryOnlyStore, SaveMemory } from '../../main/services/vault/saveMemory.js';
import { nodeVaultFs, type VaultFs } from '../../main/services/vault/vaultFs.js';
import { VaultService, type VaultServiceDeps } from '../../main/services/vault/vaultService.js';
import type { LockReason } from '../../shared/domain/vault.js';
import { sourceForeignVault } from './foreignVault.js';
import { cheapKdf, memoizedKdf, steppingClock } from './testCore.js';

export interface VaultFixture {
  /** How many times a key was derived: proves which checks run before the KDF. */
  readonly kdfCalls: { readonly count: number };
  readonly folder: string;
  readonly vaultPath: string;
  readonly sodium: Sodium;
  readonly locks: LockReason[];
  readonly backgroundErrors: unknown[];
  /** A service over the fixture's vault; `overrides` swap ports (a faulty fs, a clock). */
  service(overrides?: Partial<VaultServiceDeps>): VaultService;
  /** Creates a vault with `passphrase` and returns the service (unlocked) and recovery key. */
  create(
    passphrase?: string,
    overrides?: Partial<VaultServiceDeps>,
  ): Promise<{ vault: VaultService; recoveryKey: string }>;
  /** Locks every service the fixture made (closing their files), then removes the folder. */
  cleanup(): Promise<void>;
}

export async function vaultFixture(fs: VaultFs = nodeVaultFs): Promise<VaultFixture> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-vault-'));
  const vaultPath = path.join(folder, 'journal.askanyway');
  const sodium = await loadSodium();
  const locks: LockReason[] = [];
  const kdf = memoizedKdf();
  const kdfCalls = {
    get count() {
      return kdf.calls;
    },
  };

  const backgroundErrors: unknown[] = [];
  // Every service the fixture makes is this one computer, unless a test says otherwise.
  const memory = new SaveMemory(memoryOnlyStore(), () => 'fixture-computer-00');
  // One clock for every service, as one computer has: file names made from the time
  // (backups, kept copies) never collide between services.
  const now = steppingClock();
  const services: VaultService[] = [];
  const service = (overrides: Partial<VaultServiceDeps> = {}): VaultService => {
    const made = new VaultService({
      fs,
      sodium,
      kdf,
      openForeign: sourceForeignVault(),
      now,
      vaultPath,
      kdfPolicy: cheapKdf,
      backupGenerations: 5,
      memory,
      onLocked: (reason) => locks.push(reason),
      onBackgroundError: (error) => backgroundErrors.push(error),
      onChangedOnDisk: () => undefined,
      ...overrides,
    });
    services.push(made);
    return made;
  };
  return {
    kdfCalls,
    folder,
    vaultPath,
    sodium,
    locks,
    backgroundErrors,
    service,
    async create(passphrase = 'correct horse battery staple', overrides = {}) {
      const vault = service(overrides);
      const prepared = await vault.prepareNewVault(passphrase);
      const recoveryKey = prepared.recoveryKey;
      await vault.commitNewVault(prepared);
      return { vault, recoveryKey };
    },
    async cleanup() {
      for (const made of services) await made.lock('quit').catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Inserts a minimal attempt through the vault's write path. */
export function insertAttempt(
  vault: VaultService,
  id: string,
  text = 'asked for a free refill',
): Promise<void> {
  return vault.write((tx) => {
    tx.run(
      `INSERT INTO attempts (id, request, occurred_at, occurred_on, what_happened, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        'Ask for a refill',
        '2026-11-25T12:00:00Z',
        '2026-11-25',
        text,
        '2026-11-25T12:00:00Z',
        '2026-11-25T12:00:00Z',
      ],
    );
  });
}
