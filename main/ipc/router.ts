import type { z } from 'zod';
import { fieldIssuesOf } from '../../shared/ipc/fieldIssues.js';
import {
  contract,
  type Channel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/ipc/contract.js';
import type { AppError, Result } from '../../shared/ipc/result.js';
import { AppFailure } from '../services/appFailure.js';
import type { FailureLog } from '../services/log/appLog.js';
import { findPayloadProblem } from './payloadGuard.js';

/** Who sent a call, as far as main can tell. */
export interface Caller {
  /** URL of the frame that sent it. */
  readonly url: string;
  /** False for iframes: only the app's top-level document may call main. */
  readonly isMainFrame: boolean;
}

/** One handler per channel; a missing one is a compile error where the table is built. */
export type Handlers = {
  readonly [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Where the router reports what the user never sees: unexpected errors. */
export type RouterLog = FailureLog;

export interface RouterOptions {
  readonly handlers: Handlers;
  readonly isTrustedCaller: (caller: Caller) => boolean;
  readonly log: RouterLog;
  /**
   * Also check every response against the contract. Tests turn this on so a handler
   * drifting from its declared type fails loudly; the app leaves it off, since the
   * compiler already checks the handlers and responses can be large.
   */
  readonly validateResponses?: boolean | undefined;
  /** Told of every call from the trusted renderer: the auto-lock counts them as activity. */
  readonly onTrustedCall?: (() => void) | undefined;
}

/** Routes one call: check the sender, validate, dispatch, map errors. Never rejects. */
export type Router = (
  channel: unknown,
  payload: unknown,
  caller: Caller,
) => Promise<Result<unknown>>;

const isChannel = (name: unknown): name is Channel =>
  typeof name === 'string' && Object.hasOwn(contract, name);

const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Formats schema issues as log text naming each field that is wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ');
}

/** Builds the router that main's IPC adapter and the end-to-end harness both use. */
export function createRouter(options: RouterOptions): Router {
  const { handlers, isTrustedCaller, log, validateResponses = false, onTrustedCall } = options;

  const dispatch = async (channel: Channel, payload: unknown): Promise<Result<unknown>> => {
    const spec = contract[channel];
    const refused = findPayloadProblem(payload);
    if (refused) {
      const { path, problem, reason } = refused;
      return fail({
        code: 'INVALID_REQUEST',
        message: `${path.length ? path.join('.') : 'request'}: ${reason}`,
        issues: [{ path, problem }],
      });
    }

    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      const [first, ...rest] = fieldIssuesOf(parsed.error, payload);
      // zod reports at least one issue on failure; the fallback only satisfies the type.
      return fail({
        code: 'INVALID_REQUEST',
        message: describeIssues(parsed.error),
        issues: [first ?? { path: [], problem: { kind: 'not_allowed' } }, ...rest],
      });
    }

    const handler = handlers[channel] as (request: unknown) => unknown;
    const value = await handler(parsed.data);
    if (validateResponses) {
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        throw new Error(
          `${channel} returned a response outside its contract: ${describeIssues(checked.error)}`,
        );
      }
    }
    return { ok: true, value };
  };

  return async (channel, payload, caller) => {
    if (!isTrustedCaller(caller)) {
      return fail({
        code: 'FORBIDDEN_SENDER',
        message: 'Calls are accepted only from the app itself.',
      });
    }
    onTrustedCall?.();
    if (!isChannel(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: 'No such call.' });
    }
    try {
      return await dispatch(channel, payload);
    } catch (error) {
      // Expected failures (a wrong passphrase, a full disk) are the user's to see, not
      // the log's; anything INTERNAL is a surprise worth a line in main's log.
      if (error instanceof AppFailure && error.code !== 'INTERNAL') return fail(error.toAppError());
      log.error(`ipc:${channel}`, error);
      if (error instanceof AppFailure) return fail(error.toAppError());
      return fail({ code: 'INTERNAL', message: 'Something went wrong inside the app.' });
    }
  };
}
