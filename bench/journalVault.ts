import { writeFileSync } from 'node:fs';
import type { Database } from 'sql.js';
import { applyMigrations, migrations } from '../main/services/database/migrations/index.js';
import { openDatabase } from '../main/services/database/sqlite.js';
import { inThreadKdf, passphraseBytes } from '../main/services/vault/kdf.js';
import { keyBytes, saltBytes, type Sodium } from '../main/services/vault/sodium.js';
import { sealSnapshot, wrapDataKey } from '../main/services/vault/vaultCodec.js';
import { cheapKdf } from '../tests/support/testCore.js';
import { fillJournal } from './realisticJournal.js';

/** A migrated in-memory journal holding `attempts` days of realistic practice. */
export async function openRealisticJournal(attempts: number): Promise<Database> {
  const db = await openDatabase();
  db.exec('PRAGMA query_only = 0');
  applyMigrations(
    { all: () => [], get: () => undefined, run: (sql, params = []) => db.run(sql, [...params]) },
    migrations,
    '2016-01-01T00:00:00Z',
  );
  fillJournal(db, attempts);
  return db;
}

/** The journal's "today": its last day, as fillJournal writes one attempt a day from 2016. */
export function lastDayOf(attempts: number): Date {
  return new Date(Date.parse('2016-01-01T12:00:00Z') + (attempts - 1) * 86_400_000);
}

/**
 * Seals a database image as a vault file, as years of saves and compactions leave it,
 * openable with `passphrase` at the tests' cheap KDF cost. Returns the passphrase key,
 * for opening it without running the KDF.
 */
export async function writeVaultFile(
  sodium: Sodium,
  vaultPath: string,
  image: Uint8Array,
  passphrase: string,
): Promise<Uint8Array> {
  const salt = sodium.random(saltBytes);
  const passphraseKey = await inThreadKdf({
    passphrase: passphraseBytes(passphrase),
    salt,
    ...cheapKdf,
  });
  const dataKey = sodium.random(keyBytes);
  const wraps = wrapDataKey(sodium, {
    kdf: cheapKdf,
    salt,
    passphraseKey,
    recoveryKey: sodium.random(keyBytes),
    dataKey,
  });
  writeFileSync(vaultPath, Buffer.concat([...sealSnapshot(sodium, wraps, dataKey, image).parts]), {
    mode: 0o600,
  });
  return passphraseKey;
}
