import type { FieldIssue } from '../../shared/ipc/fieldIssues.js';

/**
 * Structural limits checked before a payload reaches a schema. Schemas say what a valid
 * request looks like; this guard makes sure that even an invalid one cannot hurt main:
 * no prototype tricks, no exotic objects, nothing deep or large enough to stall it.
 */
export const payloadLimits = {
  /** Nesting deeper than any request we define, shallow enough to never blow the stack. */
  maxDepth: 16,
  /** Total characters in all strings and keys: 2 million is far past any reflection. */
  maxTextLength: 2_000_000,
  /** Values of any kind, counted across the whole payload. */
  maxNodes: 100_000,
} as const;

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Where the payload is refused and why: an issue for the renderer, a reason for the log. */
export interface PayloadProblem extends FieldIssue {
  /** Log text: what the guard found (a forbidden key, a class instance, the depth). */
  readonly reason: string;
}

type Path = readonly (string | number)[];

const refuse = (path: Path, reason: string): PayloadProblem => ({
  path,
  problem: { kind: 'not_allowed' },
  reason,
});

/** Returns where and why the payload is unacceptable, or `undefined` when it may be parsed. */
export function findPayloadProblem(payload: unknown): PayloadProblem | undefined {
  let text = 0;
  let nodes = 0;

  const visit = (value: unknown, depth: number, path: Path): PayloadProblem | undefined => {
    nodes += 1;
    if (nodes > payloadLimits.maxNodes) return refuse(path, 'the request has too many values');
    if (depth > payloadLimits.maxDepth) return refuse(path, 'nested too deeply');
    if (typeof value === 'string') {
      text += value.length;
      return text > payloadLimits.maxTextLength
        ? {
            path,
            problem: { kind: 'too_long', max: payloadLimits.maxTextLength, length: text },
            // The reason is log text, in English for whoever reads the log; the user reads
            // `problem`, which the renderer words through shared/format.
            // eslint-disable-next-line no-restricted-properties
            reason: `too much text (the whole request may hold ${payloadLimits.maxTextLength.toLocaleString('en')} characters)`,
          }
        : undefined;
    }
    if (value === null || typeof value !== 'object') {
      return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'
        ? refuse(path, 'an unsupported type')
        : undefined;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (!isArray && prototype !== Object.prototype && prototype !== null) {
      return refuse(path, 'not a plain object');
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'symbol') return refuse(path, 'a symbol key');
      if (isArray && key === 'length') continue;
      // The path stops at the object: the forbidden key itself names no field of the form.
      if (forbiddenKeys.has(key)) return refuse(path, `a forbidden key "${key}"`);
      text += key.length;
      const problem = visit((value as Record<string, unknown>)[key], depth + 1, [
        ...path,
        isArray ? Number(key) : key,
      ]);
      if (problem) return problem;
    }
    return undefined;
  };

  return visit(payload, 0, []);
}
