import { describe, expect, it } from 'vitest';
import { findPayloadProblem, payloadLimits } from '../../../main/ipc/payloadGuard.js';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
};

describe('findPayloadProblem', () => {
  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['a plain object', { theme: 'dark', nested: { list: [1, 'two', null] } }],
    ['an object without prototype', Object.assign(Object.create(null) as object, { a: 1 })],
    ['text just under the limit', { text: 'x'.repeat(payloadLimits.maxTextLength - 10) }],
    ['nesting at the limit', nested(payloadLimits.maxDepth)],
  ])('accepts %s', (_name, payload) => {
    expect(findPayloadProblem(payload)).toBeUndefined();
  });

  it.each([
    [
      '__proto__ from JSON',
      JSON.parse('{"__proto__": {"polluted": true}}'),
      /forbidden key "__proto__"/,
    ],
    [
      'a nested constructor key',
      { a: { constructor: { prototype: {} } } },
      /a has a forbidden key "constructor"/,
    ],
    ['a prototype key', { prototype: 1 }, /forbidden key "prototype"/],
    ['huge text', { text: 'x'.repeat(payloadLimits.maxTextLength + 1) }, /^text: too much text/],
    [
      'huge text spread over many strings',
      { parts: Array.from({ length: 3 }, () => 'y'.repeat(800_000)) },
      /^parts\.2: too much text/,
    ],
    ['deep nesting', nested(payloadLimits.maxDepth + 1), /nested too deeply/],
    [
      'too many values',
      { list: new Array<number>(payloadLimits.maxNodes).fill(0) },
      /too many values/,
    ],
    ['a class instance', { when: new Date(0) }, /when must be a plain object/],
    ['a map', new Map([['a', 1]]), /request must be a plain object/],
    ['a function', { run: () => 1 }, /run has an unsupported type/],
    ['a bigint', { n: 1n }, /n has an unsupported type/],
    ['a symbol key', { [Symbol('s')]: 1 }, /symbol key/],
  ])('rejects %s', (_name, payload, message) => {
    expect(findPayloadProblem(payload)).toMatch(message);
  });
});
