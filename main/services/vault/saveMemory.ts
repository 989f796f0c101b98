import { z } from 'zod';
import type { DeviceSaves } from './saveHistory.js';

/**
 * Saves this computer made that the journal file, as unlocked, does not hold: `count` of
 * them, made after `after` (the last one the file has; `null` if it has none) and up to
 * `upTo`.
 */
export interface MissingSaves {
  readonly count: number;
  readonly after: string | null;
  readonly upTo: string;
}

const missingSavesSchema = z.object({
  count: z.number().int().positive(),
  after: z.string().nullable(),
  upTo: z.string(),
});

const rememberedJournalSchema = z.object({
  /** This computer's count in the journal at its last acknowledged save. */
  saves: z.number().int().nonnegative(),
  savedAt: z.string(),
  /** Found missing at an unlock and not yet dismissed by the user. */
  missing: missingSavesSchema.optional(),
});
const rememberedStateSchema = z.object({
  /** This computer's name in every journal's `device_saves`: random, made once. */
  deviceId: z.string().min(16),
  journals: z.record(z.string(), rememberedJournalSchema),
  /** Vault paths where a file was put on purpose (a restored backup): taken as found. */
  acceptAtNextUnlock: z.array(z.string()).optional(),
});
export type RememberedState = z.infer<typeof rememberedStateSchema>;

/** Where the memory is kept: the preferences file in the app. Nothing in it is secret. */
export interface SaveMemoryStore {
  load(): unknown;
  save(state: RememberedState): void;
}

/**
 * What this computer remembers, outside the vault, of each journal it has written: how
 * many saves it made, so an unlock can tell a file that lost some of them (cut at a record
 * boundary, replaced by an older copy) from one another computer changed. Keyed by the
 * journal's id, not its path, so moving or renaming the file changes nothing.
 *
 * A save only updates the memory held here; `flush` writes it, and the core calls it
 * every second and at each lock. So a save adds no disk write to its own path, and what
 * is remembered can lag by that second: a cut that removes only saves made in the second
 * before a crash goes unnoticed. It can never run ahead of the file: a count is
 * remembered only once its save is durable, so a crash at any step gives no false alarm.
 */
export class SaveMemory {
  private state: RememberedState;
  private dirty = false;

  constructor(
    private readonly store: SaveMemoryStore,
    newDeviceId: () => string,
  ) {
    const loaded = rememberedStateSchema.safeParse(store.load());
    if (loaded.success) {
      this.state = loaded.data;
    } else {
      // Unreadable or new: start again. A new device id has no saves anywhere, so the
      // only cost is evidence lost, never a false alarm.
      this.state = { deviceId: newDeviceId(), journals: {} };
      this.dirty = true;
    }
  }

  get deviceId(): string {
    return this.state.deviceId;
  }

  /**
   * At unlock, before anything is written: compares this computer's count in the journal
   * with the one remembered, and returns the saves missing (those found now, added to any
   * found before and not yet dismissed). Written at once: the notice must outlive a crash.
   */
  reconcile(journalId: string, found: DeviceSaves, vaultPath: string): MissingSaves | undefined {
    const remembered = this.state.journals[journalId];
    const accepted = this.state.acceptAtNextUnlock?.includes(vaultPath) ?? false;
    let missing = remembered?.missing;
    // A file holding at least as many of this computer's saves as it had before they went
    // missing: the complete journal again (reopened after an older copy of it), not a loss.
    if (remembered && missing && found.saves >= remembered.saves + missing.count)
      missing = undefined;
    if (!accepted && remembered && remembered.saves > found.saves) {
      const lost = remembered.saves - found.saves;
      missing = {
        count: lost + (missing?.count ?? 0),
        after: missing ? missing.after : found.lastSavedAt,
        upTo: remembered.savedAt,
      };
    }
    if (accepted) missing = undefined;
    this.state = {
      ...this.state,
      journals: {
        ...this.state.journals,
        [journalId]: {
          saves: found.saves,
          savedAt: found.lastSavedAt ?? remembered?.savedAt ?? '',
          ...(missing && { missing }),
        },
      },
      ...(accepted && {
        acceptAtNextUnlock: this.state.acceptAtNextUnlock?.filter((p) => p !== vaultPath),
      }),
    };
    this.write();
    return missing;
  }

  /** After an acknowledged save: held here until the next `flush`. */
  saved(journalId: string, saves: DeviceSaves): void {
    const remembered = this.state.journals[journalId];
    if (remembered?.saves === saves.saves) return;
    this.state = {
      ...this.state,
      journals: {
        ...this.state.journals,
        [journalId]: {
          saves: saves.saves,
          savedAt: saves.lastSavedAt ?? '',
          ...(remembered?.missing && { missing: remembered.missing }),
        },
      },
    };
    this.dirty = true;
  }

  /** The saves found missing from this journal and not yet dismissed. */
  missing(journalId: string): MissingSaves | undefined {
    return this.state.journals[journalId]?.missing;
  }

  /** The user has seen the notice and chosen how to go on. */
  dismissMissing(journalId: string): void {
    const remembered = this.state.journals[journalId];
    if (!remembered?.missing) return;
    const dismissed = { saves: remembered.saves, savedAt: remembered.savedAt };
    this.state = { ...this.state, journals: { ...this.state.journals, [journalId]: dismissed } };
    this.write();
  }

  /**
   * A file was put at `vaultPath` on purpose (a backup restored while locked, when its
   * journal id cannot be read): the next unlock there takes it as it is.
   */
  acceptNextUnlock(vaultPath: string): void {
    const paths = this.state.acceptAtNextUnlock ?? [];
    if (paths.includes(vaultPath)) return;
    this.state = { ...this.state, acceptAtNextUnlock: [...paths, vaultPath] };
    this.write();
  }

  /** Writes what changed since the last write, if anything did. */
  flush(): void {
    if (this.dirty) this.write();
  }

  private write(): void {
    this.store.save(this.state);
    this.dirty = false;
  }
}

/** A memory kept only in this process: for tools that write no preferences, and tests. */
export function memoryOnlyStore(initial?: RememberedState): SaveMemoryStore & {
  readonly writes: number;
  current(): RememberedState | undefined;
} {
  let state = initial;
  let writes = 0;
  return {
    load: () => state,
    save: (next) => {
      state = next;
      writes += 1;
    },
    get writes() {
      return writes;
    },
    current: () => state,
  };
}
