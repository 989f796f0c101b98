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
      [],
      /forbidden key "__proto__"/,
    ],
    [
      'a nested constructor key',
      { a: { constructor: { prototype: {} } } },
      ['a'],
      /forbidden key "constructor"/,
    ],
    ['a prototype key', { prototype: 1 }, [], /forbidden key "prototype"/],
    [
      'deep nesting',
      nested(payloadLimits.maxDepth + 1),
      Array(17).fill('inner'),
      /nested too deeply/,
    ],
    [
      'too many values',
      { list: new Array<number>(payloadLimits.maxNodes).fill(0) },
      ['list', payloadLimits.maxNodes - 2],
      /too many values/,
    ],
    ['a class instance', { when: new Date(0) }, ['when'], /not a plain object/],
    ['a map', new Map([['a', 1]]), [], /not a plain object/],
    ['a function', { run: () => 1 }, ['run'], /unsupported type/],
    ['a bigint', { n: 1n }, ['n'], /unsupported type/],
    ['a symbol key', { [Symbol('s')]: 1 }, [], /symbol key/],
    ['a bad value inside a list', { tags: ['ok', () => 1] }, ['tags', 1], /unsupported type/],
  ])('rejects %s, as not_allowed at the path that holds it', (_name, payload, path, reason) => {
    expect(findPayloadProblem(payload)).toEqual({
      path,
      problem: { kind: 'not_allowed' },
      reason: expect.stringMatching(reason) as string,
    });
  });

  it.each([
    ['huge text', { text: 'x'.repeat(payloadLimits.maxTextLength + 1) }, ['text']],
    [
      'huge text spread over many strings',
      { parts: Array.from({ length: 3 }, () => 'y'.repeat(800_000)) },
      ['parts', 2],
    ],
  ])('rejects %s as too_long with the whole request’s limit', (_name, payload, path) => {
    const found = findPayloadProblem(payload);
    expect(found).toMatchObject({
      path,
      problem: { kind: 'too_long', max: payloadLimits.maxTextLength },
      reason: expect.stringMatching(/^too much text/) as string,
    });
    expect(found?.problem.kind === 'too_long' && found.problem.length).toBeGreaterThan(
      payloadLimits.maxTextLength,
    );
  });
});
