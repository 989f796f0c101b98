import type { WriteTx } from '../statements.js';

/** One step of the schema. Numbered and append-only: a released migration never changes. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** DDL and data fixes, each deterministic so the log replays it identically. */
  readonly statements: readonly string[];
  /**
   * Data work that needs the app's own code, run after the statements. It writes through
   * `tx`, so the log records the plain statements it made, with their values.
   */
  readonly backfill?: (tx: WriteTx) => void;
}
