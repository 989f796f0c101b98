/** One step of the schema. Numbered and append-only: a released migration never changes. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** DDL and data fixes, each deterministic so the log replays it identically. */
  readonly statements: readonly string[];
}
