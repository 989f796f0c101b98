import { appendFileSync, readFileSync } from 'node:fs';
import { encodeBatch } from '../../main/services/database/statements.js';
import { frameRecord, parseVault } from '../../main/services/vault/format.js';
import { inThreadKdf, passphraseBytes } from '../../main/services/vault/kdf.js';
import { loadSodium, nonceBytes } from '../../main/services/vault/sodium.js';
import { sealRecord, unwrapWithPassphraseKey } from '../../main/services/vault/vaultCodec.js';

/**
 * Appends one log record holding `statements` to a vault file, sealed with its own key:
 * SQL of the maker's choosing, which this app's write path would never have written,
 * as a hostile file carries it. Nothing runs it here.
 */
export async function appendToLog(
  file: string,
  passphrase: string,
  statements: readonly string[],
): Promise<void> {
  const sodium = await loadSodium();
  const vault = parseVault(new Uint8Array(readFileSync(file)), (data) => sodium.hash(data));
  const passphraseKey = await inThreadKdf({
    passphrase: passphraseBytes(passphrase),
    salt: vault.header.salt,
    ...vault.header.kdf,
  });
  const dataKey = unwrapWithPassphraseKey(sodium, vault.header, passphraseKey);
  if (!dataKey) throw new Error('the passphrase does not open that file');
  const nonce = sodium.random(nonceBytes);
  const { ciphertext } = sealRecord(
    sodium,
    dataKey,
    vault.header.bodyNonce,
    vault.records.length + 1,
    encodeBatch(statements.map((sql) => [sql, []])),
    nonce,
  );
  appendFileSync(file, frameRecord(nonce, ciphertext));
}
