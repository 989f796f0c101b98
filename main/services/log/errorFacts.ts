import { AppFailure } from '../appFailure.js';

/**
 * What the log keeps of an error: its kind, its codes and where it was thrown — never
 * its message. Messages carry user text: a zod error quotes the request, an SQL error
 * the statement, a Node error the path, a thrown string anything at all.
 */
export interface ErrorFacts {
  /** The error's class (`TypeError`, `AppFailure`); for a non-error, what was thrown (`string`). */
  readonly name: string;
  /** An AppFailure's code, or a Node error's (`ENOSPC`, `ERR_INVALID_ARG_TYPE`). */
  readonly code?: string;
  /** The system call a Node error came from (`open`, `rename`). */
  readonly syscall?: string;
  /** The stack's frames (`at fn (file:line:col)`), its first line — the message — cut off. */
  readonly frames?: readonly string[];
  readonly cause?: ErrorFacts;
}

const maxFrames = 12;
const maxFrameLength = 300;
const maxCauses = 3;

/** A name, code or syscall is kept only in the shape code gives it: no spaces, no sentences. */
const className = /^[A-Z][A-Za-z0-9]{0,39}$/;
const codeName = /^[A-Z][A-Z0-9_]{1,39}$/;
const syscallName = /^[a-z][a-z0-9_]{0,19}$/;

const matching = (value: unknown, shape: RegExp): string | undefined =>
  typeof value === 'string' && shape.test(value) ? value : undefined;

/**
 * The frames of `stack`, past its first line. V8 writes `${name}: ${message}` there, and
 * the message may span lines — even lines shaped like frames — so the frames are taken
 * only after that exact text. A stack whose head is not the error's current message
 * (a message changed after the stack was read, a stack set by hand) gives no frames.
 */
function framesOf(stack: unknown, message: unknown): string[] | undefined {
  if (typeof stack !== 'string' || typeof message !== 'string') return undefined;
  let rest: string;
  if (message === '') {
    rest = stack.slice(stack.indexOf('\n') + 1 || stack.length);
  } else {
    const at = stack.indexOf(`: ${message}`);
    if (at < 0 || !/^[\w$.]*$/.test(stack.slice(0, at))) return undefined;
    rest = stack.slice(at + 2 + message.length);
    if (rest !== '' && !rest.startsWith('\n')) return undefined;
  }
  return rest
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, maxFrames)
    .map((line) => line.slice(0, maxFrameLength));
}

/** Reads what the log may keep of `error`; never throws, whatever was thrown. */
export function errorFacts(error: unknown, depth = 0): ErrorFacts {
  if (typeof error !== 'object' || error === null) {
    return { name: error === null ? 'null' : typeof error };
  }
  try {
    const record = error as Record<string, unknown>;
    const code = error instanceof AppFailure ? error.code : matching(record['code'], codeName);
    const syscall = matching(record['syscall'], syscallName);
    const frames = error instanceof Error ? framesOf(error.stack, error.message) : undefined;
    const cause = record['cause'];
    return {
      name: matching(record['name'], className) ?? 'Object',
      ...(code !== undefined && { code }),
      ...(syscall !== undefined && { syscall }),
      ...(frames !== undefined && frames.length > 0 && { frames }),
      ...(cause !== undefined && depth < maxCauses && { cause: errorFacts(cause, depth + 1) }),
    };
  } catch {
    // A getter that throws (a Proxy, a hostile object): its kind is all there is to say.
    return { name: 'Object' };
  }
}
