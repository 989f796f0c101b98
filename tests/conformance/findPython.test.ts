import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// scripts/findPython.mjs, run as .ci/run and the conformance test run it, over stand-in
// Pythons: shell scripts that answer `python -c 'import nacl.bindings'` as a Python with
// or without PyNaCl would.
const finder = path.resolve('scripts/findPython.mjs');
let folder: string;

function fakePython(dir: string, hasNacl: boolean): string {
  mkdirSync(path.join(folder, dir), { recursive: true });
  const file = path.join(folder, dir, 'python3');
  writeFileSync(
    file,
    hasNacl
      ? '#!/bin/sh\nexit 0\n'
      : '#!/bin/sh\necho "ModuleNotFoundError: No module named \'nacl\'" >&2\nexit 1\n',
  );
  chmodSync(file, 0o755);
  return file;
}

function find(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [finder], { encoding: 'utf8', env });
  return { status: result.status, found: result.stdout.trim(), said: result.stderr };
}

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-python-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('finding a Python with PyNaCl', () => {
  it('takes ASK_ANYWAY_PYTHON when it works', () => {
    const chosen = fakePython('chosen', true);
    fakePython('onPath', true);
    expect(find({ ASK_ANYWAY_PYTHON: chosen, PATH: path.join(folder, 'onPath') })).toEqual({
      status: 0,
      found: chosen,
      said: '',
    });
  });

  it('says so when ASK_ANYWAY_PYTHON cannot import nacl, instead of quietly taking another', () => {
    const chosen = fakePython('chosen', false);
    fakePython('onPath', true);
    const result = find({ ASK_ANYWAY_PYTHON: chosen, PATH: path.join(folder, 'onPath') });
    expect(result.status).toBe(1);
    expect(result.found).toBe('');
    expect(result.said).toContain(`${chosen}: ModuleNotFoundError: No module named 'nacl'`);
    expect(result.said).toContain('set ASK_ANYWAY_PYTHON');
  });

  it('passes over a python3 on PATH without PyNaCl for a later one that has it', () => {
    fakePython('pyenv', false);
    const system = fakePython('system', true);
    const PATH = [
      path.join(folder, 'empty'),
      path.join(folder, 'pyenv'),
      path.join(folder, 'system'),
    ];
    expect(find({ PATH: PATH.join(path.delimiter) })).toEqual({
      status: 0,
      found: system,
      said: '',
    });
  });

  it('tries /usr/bin/python3 last, and names every Python it tried when none will do', () => {
    const first = fakePython('a', false);
    const second = fakePython('b', false);
    const PATH = [path.join(folder, 'a'), path.join(folder, 'b')].join(path.delimiter);
    const result = find({ PATH });
    // Whether this machine's own /usr/bin/python3 has PyNaCl decides the outcome; the
    // order of the tries is the same either way.
    if (result.status === 0) {
      expect(result.found).toBe('/usr/bin/python3');
    } else {
      const tried = [first, second, '/usr/bin/python3'].map((python) =>
        result.said.indexOf(python),
      );
      expect(tried.every((at) => at > 0)).toBe(true);
      expect(tried).toEqual([...tried].sort((a, b) => a - b));
    }
  });
});
