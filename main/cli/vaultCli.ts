// `npm run vault -- <command> [--vault PATH] [--json]`: the vault service from a shell,
// for scripting and for taking your data out. See `--help`.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppFailure } from '../services/appFailure.js';
import { schemaVersion } from '../services/database/migrations/index.js';
import { selectAll } from '../services/database/statements.js';
import { listBackups } from '../services/vault/backups.js';
import { parseVault } from '../services/vault/format.js';
import { defaultKdfParams, inThreadKdf } from '../services/vault/kdf.js';
import { formatRecoveryKey } from '../services/vault/recoveryKey.js';
import { memoryOnlyStore, SaveMemory } from '../services/vault/saveMemory.js';
import { nodeForeignVault } from '../services/vault/nodeForeignVault.js';
import { loadSodium } from '../services/vault/sodium.js';
import { nodeVaultFs } from '../services/vault/vaultFs.js';
import { VaultService } from '../services/vault/vaultService.js';
import { defaultDataFolder, defaultVaultName } from '../platform/dataFolder.js';
import { CliUsageError, secretSource, type SecretSource } from './secrets.js';

const help = `Usage: npm run vault -- <command> [options]

Commands:
  create                  Create a new, empty journal. Prints the recovery key on a line
                          of its own: write it down, it is not shown again.
                          Secret: the new passphrase.
  info                    Describe the journal file without opening it (no secret).
  verify                  Check the file; with a secret, also open it and run SQLite's
                          integrity check. Never writes.
  change-passphrase       Set a new passphrase (with the current one, or with the
                          recovery key to reset a forgotten one). Prints the new
                          recovery key. Secrets: current (or recovery key), then new.
  export-sqlite OUT       Write the journal as a plain, UNENCRYPTED SQLite file to OUT.
                          Secret: the passphrase (or recovery key).
  backups                 List the backups beside the journal and check each one.

Options:
  --vault PATH            The journal file (default: the app's, in its data folder).
  --json                  Print one JSON object instead of text.
  --help                  Show this help.

Secrets are never taken from arguments. Each is read from its environment variable if
set, else from the next line of standard input:
  ASK_ANYWAY_PASSPHRASE       the passphrase (the current one, for change-passphrase)
  ASK_ANYWAY_RECOVERY_KEY     the recovery key, instead of the passphrase
  ASK_ANYWAY_NEW_PASSPHRASE   the new passphrase (create, change-passphrase)

Errors exit with status 1 and name their code (e.g. WRONG_PASSPHRASE); a mistake in
the command line exits with status 2.`;

type Output = Record<string, unknown>;

interface Context {
  readonly vaultPath: string;
  readonly vault: VaultService;
  readonly secrets: SecretSource;
  readonly env: NodeJS.ProcessEnv;
  readonly warn: (message: string) => void;
  /** Standard input is a terminal: `verify` then checks the structure only, unless a secret is in the environment. */
  readonly interactive: boolean;
}

/** The passphrase, or the recovery key if that is what the environment holds. */
async function openingSecret(
  context: Context,
): Promise<{ passphrase: string } | { recoveryKey: string }> {
  const recoveryKey = context.env['ASK_ANYWAY_RECOVERY_KEY'];
  if (recoveryKey !== undefined) return { recoveryKey };
  return { passphrase: await context.secrets.read('ASK_ANYWAY_PASSPHRASE', 'Passphrase') };
}

const commands: Record<string, (context: Context, args: readonly string[]) => Promise<Output>> = {
  async create(context) {
    const passphrase = await context.secrets.read('ASK_ANYWAY_NEW_PASSPHRASE', 'New passphrase');
    const prepared = await context.vault.prepareNewVault(passphrase);
    const recoveryKey = formatRecoveryKey(prepared.recoveryKey);
    await context.vault.commitNewVault(prepared);
    await context.vault.lock('manual');
    return { created: context.vaultPath, recoveryKey };
  },

  async info(context) {
    const bytes = new Uint8Array(readFileSync(context.vaultPath));
    const sodium = await loadSodium();
    const vault = parseVault(bytes, (data) => sodium.hash(data));
    return {
      path: context.vaultPath,
      sizeBytes: bytes.length,
      formatVersion: 1,
      kdf: {
        algorithm: 'argon2id13',
        opslimit: vault.header.kdf.opslimit,
        memlimitKiB: vault.header.kdf.memlimitKiB,
      },
      snapshotBytes: vault.logStart,
      logRecords: vault.records.length,
      tornTail: vault.tornAt !== undefined,
      backups: (await listBackups(nodeVaultFs, context.vaultPath)).length,
    };
  },

  async verify(context) {
    const structure = await commands['info']?.(context, []);
    const wantsOpen =
      context.env['ASK_ANYWAY_PASSPHRASE'] !== undefined ||
      context.env['ASK_ANYWAY_RECOVERY_KEY'] !== undefined ||
      !context.interactive;
    if (!wantsOpen) return { ...structure, structure: 'ok', opened: false };
    const db = await context.vault.openForReading(await openingSecret(context));
    try {
      const [integrity] = selectAll<{ integrity_check: string }>(db, 'PRAGMA integrity_check');
      const [counts] = selectAll<{ attempts: number }>(
        db,
        'SELECT count(*) AS attempts FROM attempts',
      );
      const ok = integrity?.integrity_check === 'ok';
      if (!ok)
        throw new AppFailure(
          'VAULT_CORRUPT',
          `SQLite integrity check: ${integrity?.integrity_check ?? 'no answer'}`,
        );
      return {
        ...structure,
        structure: 'ok',
        opened: true,
        integrity: 'ok',
        schemaVersion: schemaVersion(db),
        attempts: counts?.attempts ?? 0,
      };
    } finally {
      db.close();
    }
  },

  async 'change-passphrase'(context) {
    const secret = await openingSecret(context);
    const next = await context.secrets.read('ASK_ANYWAY_NEW_PASSPHRASE', 'New passphrase');
    let recoveryKey: string;
    if ('recoveryKey' in secret) {
      recoveryKey = await context.vault.resetWithRecoveryKey(secret.recoveryKey, next);
    } else {
      await context.vault.unlock(secret.passphrase);
      recoveryKey = await context.vault.changePassphrase(secret.passphrase, next);
    }
    await context.vault.lock('manual');
    return { changed: context.vaultPath, recoveryKey: formatRecoveryKey(recoveryKey) };
  },

  async 'export-sqlite'(context, args) {
    const [out] = args;
    if (!out) throw new CliUsageError('export-sqlite needs the file to write: export-sqlite OUT');
    if (existsSync(out)) throw new CliUsageError(`${out} exists already; choose a new file name.`);
    const db = await context.vault.openForReading(await openingSecret(context));
    try {
      // Only the tables' content: a fresh file any SQLite opens, with nothing of the vault.
      await writeFile(out, db.export(), { mode: 0o600, flag: 'wx' });
    } finally {
      db.close();
    }
    context.warn(
      `warning: ${out} is NOT encrypted. Anyone who can read it can read your journal. Delete it when you are done.`,
    );
    return { exported: path.resolve(out), encrypted: false };
  },

  async backups(context) {
    const checks = await context.vault.verifyBackups();
    return {
      backups: checks.map(({ id, createdAt, sizeBytes, status }) => ({
        id,
        createdAt,
        sizeBytes,
        status,
      })),
    };
  },
};

/** Text for people: one `key: value` per line, the recovery key alone on its own line. */
function printHuman(result: Output, write: (line: string) => void): void {
  for (const [key, value] of Object.entries(result)) {
    if (key === 'recoveryKey') {
      write('Recovery key (write it down; it is not shown again):');
      write(String(value));
    } else if (key === 'backups' && Array.isArray(value)) {
      if (value.length === 0) write('No backups.');
      for (const backup of value as {
        createdAt: string;
        sizeBytes: number;
        status: string;
        id: string;
      }[]) {
        write(
          `${backup.createdAt}  ${String(backup.sizeBytes).padStart(10)} B  ${backup.status.padEnd(13)}  ${backup.id}`,
        );
      }
    } else {
      write(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
  }
}

/** Runs one command line; returns the exit status. */
async function runVaultCli(
  argv: readonly string[],
  io: {
    env: NodeJS.ProcessEnv;
    stdin: NodeJS.ReadStream;
    stdout: NodeJS.WriteStream;
    stderr: NodeJS.WriteStream;
  },
): Promise<number> {
  let json = false;
  const secrets = secretSource(io.env, io.stdin, io.stderr);
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { vault: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
    json = values.json === true;
    const [name, ...args] = positionals;
    if (values.help === true || name === undefined) {
      io.stdout.write(json ? `${JSON.stringify({ ok: true, help })}\n` : `${help}\n`);
      return name === undefined && values.help !== true ? 2 : 0;
    }
    const command = commands[name];
    if (!command)
      throw new CliUsageError(`Unknown command "${name}". Run with --help to see the commands.`);

    const vaultPath = path.resolve(
      values.vault ??
        path.join(defaultDataFolder(process.platform, io.env, homedir()), defaultVaultName),
    );
    const vault = new VaultService({
      fs: nodeVaultFs,
      sodium: await loadSodium(),
      kdf: inThreadKdf,
      // The tool runs from its source, under tsx (package.json, "vault").
      openForeign: nodeForeignVault(
        new URL('../services/vault/foreignVaultProcess.ts', import.meta.url),
        { execArgv: ['--import', 'tsx'] },
      ),
      now: () => new Date(),
      vaultPath,
      kdfPolicy: defaultKdfParams,
      backupGenerations: 5,
      // The tool keeps no preferences: its few writes (a new journal, a new passphrase)
      // count under an id of their own, and it never warns of missing saves.
      memory: new SaveMemory(memoryOnlyStore(), () => randomBytes(16).toString('hex')),
      onLocked: () => undefined,
      onBackgroundError: (error) => io.stderr.write(`warning: ${String(error)}\n`),
      // Each command reports the failure itself (VAULT_CHANGED_ON_DISK).
      onChangedOnDisk: () => undefined,
    });
    const result = await command(
      {
        vaultPath,
        vault,
        secrets,
        env: io.env,
        warn: (message) => io.stderr.write(`${message}\n`),
        interactive: io.stdin.isTTY,
      },
      args,
    );
    if (json) io.stdout.write(`${JSON.stringify({ ok: true, ...result })}\n`);
    else printHuman(result, (line) => io.stdout.write(`${line}\n`));
    return 0;
  } catch (error) {
    const usage =
      error instanceof CliUsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const code = error instanceof AppFailure ? error.code : usage ? 'USAGE' : errnoName(error);
    const message = error instanceof Error ? error.message : String(error);
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } })}\n`);
    else io.stderr.write(`error: ${code}: ${message}\n`);
    return usage ? 2 : 1;
  } finally {
    secrets.close();
  }
}

/** A file-system error's code (ENOENT…), or INTERNAL. */
const errnoName = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' ? 'NO_VAULT' : typeof code === 'string' ? code : 'INTERNAL';
};

process.exitCode = await runVaultCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
