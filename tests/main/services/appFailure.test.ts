import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../main/services/appFailure.js';
import { createRouter, type Handlers } from '../../../main/ipc/router.js';
import { channelNames } from '../../../shared/ipc/contract.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { recordingLog } from '../../support/recordingLog.js';

const backup = { id: 'backup-1.aav', createdAt: '2026-11-25T10:00:00.000Z', sizeBytes: 4096 };

/** Throws `failure` from a handler and returns what the renderer receives. */
async function acrossIpc(failure: AppFailure): Promise<AppError> {
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      () => {
        throw failure;
      },
    ]),
  ) as unknown as Handlers;
  const route = createRouter({ handlers, isTrustedCaller: () => true, log: recordingLog() });
  const result = await route('app.info', undefined, { url: 'app://x/', isMainFrame: true });
  if (result.ok) throw new Error('expected a failure');
  // What crosses IPC is structured-cloned: plain data, no class, no stack.
  return structuredClone(result.error);
}

describe('AppFailure: each code crosses IPC with its own details', () => {
  it('INVALID_REQUEST carries the field and its problem; the message is log text', async () => {
    const error = await acrossIpc(
      AppFailure.invalid(['planItemId'], { kind: 'not_now', reason: 'already_done' }, 'done'),
    );
    expect(error).toEqual({
      code: 'INVALID_REQUEST',
      message: 'planItemId: done',
      issues: [{ path: ['planItemId'], problem: { kind: 'not_now', reason: 'already_done' } }],
    });
  });

  it('INVALID_REQUEST carries several issues, logged by path and kind', async () => {
    const error = await acrossIpc(
      AppFailure.invalid([
        { path: ['answers', 2], problem: { kind: 'no_match' } },
        { path: [], problem: { kind: 'not_allowed' } },
      ]),
    );
    expect(error).toEqual({
      code: 'INVALID_REQUEST',
      message: 'answers.2: no_match; request: not_allowed',
      issues: [
        { path: ['answers', 2], problem: { kind: 'no_match' } },
        { path: [], problem: { kind: 'not_allowed' } },
      ],
    });
  });

  it('BOUNDARY_CHECK_FAILED carries the questions, not their words', async () => {
    const error = await acrossIpc(AppFailure.boundary(['no_touching', 'no_filming']));
    expect(error).toEqual({
      code: 'BOUNDARY_CHECK_FAILED',
      message: 'boundary check failed: no_touching, no_filming',
      failed: ['no_touching', 'no_filming'],
    });
  });

  it('VAULT_CORRUPT carries the backups that still open, when there are any', async () => {
    expect(
      await acrossIpc(new AppFailure('VAULT_CORRUPT', 'damaged', { backups: [backup] })),
    ).toEqual({ code: 'VAULT_CORRUPT', message: 'damaged', backups: [backup] });
    expect(await acrossIpc(new AppFailure('VAULT_CORRUPT', 'damaged'))).toEqual({
      code: 'VAULT_CORRUPT',
      message: 'damaged',
    });
  });

  it('any other code is its code and its message, nothing more', async () => {
    const error = await acrossIpc(new AppFailure('WRONG_PASSPHRASE', 'wrong'));
    expect(error).toEqual({ code: 'WRONG_PASSPHRASE', message: 'wrong' });
  });

  it('refuses at compile time to build a detailed code without its details', () => {
    // @ts-expect-error INVALID_REQUEST needs issues: use AppFailure.invalid.
    expect(new AppFailure('INVALID_REQUEST', 'no field').code).toBe('INVALID_REQUEST');
    // @ts-expect-error BOUNDARY_CHECK_FAILED needs its questions: use AppFailure.boundary.
    expect(new AppFailure('BOUNDARY_CHECK_FAILED', 'no questions').code).toBeDefined();
    // @ts-expect-error at least one issue.
    expect(AppFailure.invalid([]).code).toBe('INVALID_REQUEST');
  });
});
