import type { FieldProblem } from '../../../shared/ipc/fieldIssues.js';
import type { PlainErrorCode } from '../../../shared/ipc/result.js';
import { AppFailure } from '../appFailure.js';
import type { SqlValue } from '../database/statements.js';

/** A journal read out of a vault file that is not the open one: rows still to be checked. */
export interface ForeignJournal {
  /** The newest migration the file's journal had. */
  readonly schemaVersion: number;
  /** The exported tables' rows, by table name. */
  readonly tables: Record<string, Record<string, SqlValue>[]>;
  /**
   * The rows of its save history (`journal_identity`, `device_saves`; migration 6), when
   * it has one: still to be checked (`saveHistoryFromRows`).
   */
  readonly history: Record<string, Record<string, SqlValue>[]>;
}

/**
 * Opens a vault someone else may have made (a backup, another version, the journal file
 * changed on another computer) with its data key, where it cannot stall or exhaust main:
 * its log is SQL chosen by whoever made the file. A port: a child process in Node
 * (nodeForeignVault.ts), Electron's utility process in the app (main/platform). Rejects
 * with an AppFailure; the caller wipes its copy of the key.
 */
export type OpenForeignVault = (bytes: Uint8Array, dataKey: Uint8Array) => Promise<ForeignJournal>;

/**
 * How long, and how much memory, opening a foreign vault may take. The 100,000-attempt
 * stress journal (322 MiB) opens in seconds with about 1.5 GiB: these leave room for a
 * slow computer, and stop a file made to loop or to grow forever (docs/security.md).
 */
export interface ForeignVaultLimits {
  readonly timeMs: number;
  readonly memoryBytes: number;
}

export const foreignVaultLimits: ForeignVaultLimits = {
  timeMs: 120_000,
  memoryBytes: 3 * 1024 * 1024 * 1024,
};

/** What main sends the process that opens the file. */
export interface OpenRequest {
  readonly bytes: Uint8Array;
  readonly dataKey: Uint8Array;
  readonly memoryBytes: number;
}

/** What that process answers: the rows, or why the file was refused. */
export type OpenReply =
  | { readonly ok: true; readonly journal: ForeignJournal }
  | {
      readonly ok: false;
      readonly code: PlainErrorCode | 'VAULT_CORRUPT' | 'INVALID_REQUEST';
      readonly message: string;
      readonly problem?: FieldProblem;
    };

const fileProblem = (problem: FieldProblem, log: string): AppFailure =>
  AppFailure.invalid(['file'], problem, log);

export const tooSlow = (): AppFailure =>
  fileProblem(
    { kind: 'not_now', reason: 'file_too_slow' },
    'this file took too long to open; it may be damaged or hostile.',
  );

export const tooDemanding = (): AppFailure =>
  fileProblem(
    { kind: 'not_now', reason: 'file_too_demanding' },
    'this file needed more memory to open than any journal; it may be damaged or hostile.',
  );

/** A refusal as the process sends it: plain data, rebuilt as an AppFailure in main. */
export function replyOfFailure(error: unknown): OpenReply {
  if (error instanceof AppFailure) {
    const sent = error.toAppError();
    if (sent.code === 'INVALID_REQUEST')
      return {
        ok: false,
        code: sent.code,
        message: error.message,
        problem: sent.issues[0].problem,
      };
    if (sent.code !== 'BOUNDARY_CHECK_FAILED')
      return { ok: false, code: sent.code, message: error.message };
  }
  // sql.js running out of memory, or a bug: the file could not be read as a journal.
  return { ok: false, code: 'VAULT_CORRUPT', message: 'The file could not be read as a journal.' };
}

function failureOfReply(reply: Extract<OpenReply, { ok: false }>): AppFailure {
  if (reply.code === 'INVALID_REQUEST')
    return fileProblem(
      reply.problem ?? { kind: 'not_now', reason: 'not_a_journal' },
      reply.message,
    );
  return reply.code === 'VAULT_CORRUPT'
    ? new AppFailure('VAULT_CORRUPT', reply.message)
    : new AppFailure(reply.code, reply.message);
}

/** One process started to open one file: the little a supervisor needs of it. */
export interface OpeningProcess {
  send(request: OpenRequest): void;
  onReply(listener: (reply: OpenReply) => void): void;
  /** Called once the process has ended, however it ended. */
  onExit(listener: () => void): void;
  kill(): void;
}

/**
 * Opens each file in a fresh process from `start`, and ends it afterwards: the answer, or
 * `tooSlow` once `limits.timeMs` pass (the process is killed, whatever it is doing), or
 * `tooDemanding` when it ends without answering — its watchdog ends it when it uses more
 * than `limits.memoryBytes`, as does the operating system when memory runs out.
 */
export function superviseOpening(
  start: () => OpeningProcess,
  limits: ForeignVaultLimits = foreignVaultLimits,
): OpenForeignVault {
  return (bytes, dataKey) =>
    new Promise<ForeignJournal>((resolve, reject) => {
      const child = start();
      let settled = false;
      const settle = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.kill();
        outcome();
      };
      const timer = setTimeout(() => settle(() => reject(tooSlow())), limits.timeMs);
      child.onReply((reply) =>
        settle(() => (reply.ok ? resolve(reply.journal) : reject(failureOfReply(reply)))),
      );
      child.onExit(() => settle(() => reject(tooDemanding())));
      child.send({ bytes, dataKey, memoryBytes: limits.memoryBytes });
    });
}
