import path from 'node:path';
import type {
  Backup,
  LockReason,
  PreparedVaultView,
  RecordNotice,
  VaultStatus,
} from '../../../shared/domain/vault.js';
import { AppFailure } from '../appFailure.js';
import type { UnlockMeans } from '../log/appLog.js';
import { formatRecoveryKey, normaliseRecoveryKeyText, recoveryKeyGroups } from './recoveryKey.js';
import type { PreparedVault } from './secrets.js';
import type { VaultService } from './vaultService.js';

/** How many groups of the new recovery key the user types back before the vault exists. */
const groupsToConfirm = 4;

/**
 * The vault as the user meets it: the create flow with its recovery-key confirmation,
 * unlock and lock with the reason remembered across the renderer's reload, and the
 * secret and backup operations, with recovery keys formatted for display.
 */
export class VaultAccess {
  private prepared: { vault: PreparedVault; groups: number[] } | undefined;
  private lockedBecause: LockReason | undefined;

  constructor(
    private readonly vault: VaultService,
    private readonly random: (length: number) => Uint8Array,
    /** Told whether each unlock worked, and nothing more: the log records it. */
    private readonly onUnlockTried: (by: UnlockMeans, unlocked: boolean) => void = () => undefined,
  ) {}

  /**
   * The journal's state; while locked, why it last locked and whether that kept another
   * version beside it; while unlocked, whether the file was changed by someone else.
   */
  async status(): Promise<VaultStatus> {
    const state = await this.vault.state();
    const status: VaultStatus = { state, path: this.vault.path };
    if (state === 'unlocked') {
      const missingSaves = this.vault.missingSaves;
      const damagedCopies = await this.vault.damagedCopies();
      return {
        ...status,
        ...(this.vault.changedOnDisk && { changedOnDisk: true }),
        ...(missingSaves && { missingSaves }),
        ...(damagedCopies.length > 0 && { damagedCopies }),
      };
    }
    if (state !== 'locked') return status;
    const keptAside = this.vault.keptAside;
    return {
      ...status,
      ...(this.lockedBecause && { lockedBecause: this.lockedBecause }),
      ...(keptAside !== undefined && { otherVersionKept: path.basename(keptAside) }),
    };
  }

  /**
   * Makes a new vault's secrets and returns the recovery key to show, with the groups the
   * user must type back. Nothing is written yet; a second call replaces the first.
   */
  async prepare(passphrase: string): Promise<PreparedVaultView> {
    this.cancel();
    const vault = await this.vault.prepareNewVault(passphrase);
    const groups = this.pickGroups(recoveryKeyGroups(vault.recoveryKey).length);
    this.prepared = { vault, groups };
    return { recoveryKey: formatRecoveryKey(vault.recoveryKey), confirmGroups: groups };
  }

  /** Writes the prepared vault once the typed groups match, and opens it. */
  async confirm(answers: readonly string[]): Promise<VaultStatus> {
    const prepared = this.prepared;
    if (!prepared)
      throw AppFailure.invalid(
        ['answers'],
        { kind: 'not_found' },
        'there is no new journal waiting to be confirmed.',
      );
    const groups = recoveryKeyGroups(prepared.vault.recoveryKey);
    prepared.groups.forEach((position, index) => {
      if (normaliseRecoveryKeyText(answers[index] ?? '') !== groups[position - 1]) {
        throw AppFailure.invalid(
          ['answers', index],
          { kind: 'no_match' },
          `group ${position} does not match the recovery key.`,
        );
      }
    });
    this.prepared = undefined;
    await this.vault.commitNewVault(prepared.vault);
    return this.status();
  }

  /** Forgets a prepared vault without writing it. */
  cancel(): void {
    this.prepared?.vault.drop();
    this.prepared = undefined;
  }

  async unlock(passphrase: string): Promise<VaultStatus> {
    await this.tracked('passphrase', () => this.vault.unlock(passphrase));
    this.lockedBecause = undefined;
    return this.status();
  }

  async resetWithRecoveryKey(
    recoveryKey: string,
    newPassphrase: string,
  ): Promise<{ recoveryKey: string }> {
    const issued = await this.tracked('recovery-key', () =>
      this.vault.resetWithRecoveryKey(recoveryKey, newPassphrase),
    );
    this.lockedBecause = undefined;
    return { recoveryKey: formatRecoveryKey(issued) };
  }

  async lock(reason: LockReason): Promise<void> {
    if ((await this.vault.state()) === 'unlocked') this.lockedBecause = reason;
    await this.vault.lock(reason);
  }

  async changePassphrase(current: string, next: string): Promise<{ recoveryKey: string }> {
    return { recoveryKey: formatRecoveryKey(await this.vault.changePassphrase(current, next)) };
  }

  async newRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return { recoveryKey: formatRecoveryKey(await this.vault.newRecoveryKey(passphrase)) };
  }

  /** The user has read `notice`: it is not shown again (see VaultService). */
  async dismissNotice(notice: RecordNotice): Promise<VaultStatus> {
    if (notice === 'missing-saves') this.vault.dismissMissingSaves();
    else await this.vault.dismissDamagedCopies();
    return this.status();
  }

  async backups(): Promise<Backup[]> {
    return (await this.vault.verifyBackups()).map(({ id, createdAt, sizeBytes, status }) => ({
      id,
      createdAt,
      sizeBytes,
      status,
    }));
  }

  async restoreBackup(id: string): Promise<VaultStatus> {
    await this.vault.restoreBackup(id);
    this.lockedBecause = undefined;
    return this.status();
  }

  /** Runs an unlock, telling `onUnlockTried` whether it worked. */
  private async tracked<T>(by: UnlockMeans, unlock: () => Promise<T>): Promise<T> {
    try {
      const opened = await unlock();
      this.onUnlockTried(by, true);
      return opened;
    } catch (error) {
      this.onUnlockTried(by, false);
      throw error;
    }
  }

  /** Distinct random positions (1-based, ascending) among `count` groups. */
  private pickGroups(count: number): number[] {
    const positions = Array.from({ length: count }, (_, i) => i + 1);
    const bytes = this.random(count);
    // Fisher–Yates; the slight modulo bias is harmless when choosing groups to retype.
    for (let i = positions.length - 1; i > 0; i -= 1) {
      const j = (bytes[i] ?? 0) % (i + 1);
      [positions[i], positions[j]] = [positions[j] ?? 0, positions[i] ?? 0];
    }
    return positions.slice(0, groupsToConfirm).sort((a, b) => a - b);
  }
}
