import fs, { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  logFileName,
  nodeLogFs,
  olderLogFileName,
  openLogFile,
  type LogFs,
} from '../../../../main/services/log/logFile.js';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-log-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const logs = () => path.join(folder, 'logs');
const read = (name: string) => readFileSync(path.join(logs(), name), 'utf8');
const files = () => readdirSync(logs()).sort();

/** Node's fs, but the calls named in `failing` throw as a full or read-only disk would. */
function refusingFs(failing: Set<keyof LogFs>): LogFs {
  const guarded =
    <A extends unknown[], R>(name: keyof LogFs, call: (...args: A) => R) =>
    (...args: A): R => {
      if (failing.has(name)) throw Object.assign(new Error(`${name} refused`), { code: 'ENOSPC' });
      return call(...args);
    };
  return {
    appendFileSync: guarded('appendFileSync', (file: string, text: string) => {
      fs.appendFileSync(file, text);
    }),
    statSync: guarded('statSync', (file: string) => fs.statSync(file)),
    renameSync: guarded('renameSync', (from: string, to: string) => {
      fs.renameSync(from, to);
    }),
    rmSync: guarded('rmSync', (file: string, options: { force: true }) => {
      fs.rmSync(file, options);
    }),
    mkdirSync: guarded('mkdirSync', (dir: string, options: { recursive: true }) =>
      fs.mkdirSync(dir, options),
    ),
  };
}

/** A line of `length` bytes, its newline included, naming its position. */
const lineOf = (n: number, length = 100) => `line ${n} `.padEnd(length - 1, '.');

describe('the log file', () => {
  it('creates its folder and has each line on disk as soon as it is appended', () => {
    const log = openLogFile({ folder: logs, fs: nodeLogFs });
    log.append('first');
    expect(read(logFileName)).toBe('first\n');
    log.append('second');
    expect(read(logFileName)).toBe('first\nsecond\n');
    expect(log.path()).toBe(path.join(logs(), logFileName));
  });

  it('moves the file aside before a line would take it past its size limit', () => {
    const log = openLogFile({ folder: logs, fs: nodeLogFs, maxBytes: 300, olderFiles: 3 });
    for (let n = 1; n <= 3; n += 1) log.append(lineOf(n));
    expect(files()).toEqual([logFileName]);
    log.append(lineOf(4));
    expect(files()).toEqual([olderLogFileName(1), logFileName].sort());
    expect(read(olderLogFileName(1))).toBe([1, 2, 3].map((n) => `${lineOf(n)}\n`).join(''));
    expect(read(logFileName)).toBe(`${lineOf(4)}\n`);
    expect(statSync(path.join(logs(), olderLogFileName(1))).size).toBeLessThanOrEqual(300);
  });

  it('keeps only its number of older files, dropping the oldest, newest first', () => {
    const log = openLogFile({ folder: logs, fs: nodeLogFs, maxBytes: 100, olderFiles: 2 });
    // One line fills a file: each line after the first moves the file aside.
    for (let n = 1; n <= 5; n += 1) log.append(lineOf(n));
    expect(files()).toEqual([logFileName, olderLogFileName(1), olderLogFileName(2)].sort());
    expect(read(logFileName)).toBe(`${lineOf(5)}\n`);
    expect(read(olderLogFileName(1))).toBe(`${lineOf(4)}\n`);
    expect(read(olderLogFileName(2))).toBe(`${lineOf(3)}\n`);
  });

  it('counts what an earlier run left in the file toward its limit', () => {
    openLogFile({ folder: logs, fs: nodeLogFs, maxBytes: 250 }).append(lineOf(1, 200));
    const again = openLogFile({ folder: logs, fs: nodeLogFs, maxBytes: 250 });
    again.append(lineOf(2));
    expect(read(olderLogFileName(1))).toBe(`${lineOf(1, 200)}\n`);
    expect(read(logFileName)).toBe(`${lineOf(2)}\n`);
  });

  it('never throws when the disk refuses, and writes again once it accepts', () => {
    const failing = new Set<keyof LogFs>(['appendFileSync']);
    const log = openLogFile({ folder: logs, fs: refusingFs(failing) });
    expect(() => log.append('lost')).not.toThrow();
    failing.clear();
    log.append('kept');
    expect(read(logFileName)).toBe('kept\n');
  });

  it('never throws when its folder cannot be made, nor when there is no folder at all', () => {
    const log = openLogFile({ folder: logs, fs: refusingFs(new Set(['mkdirSync'])) });
    expect(() => log.append('lost')).not.toThrow();
    const nowhere = openLogFile({
      folder: () => {
        throw new Error("Failed to get 'logs' path");
      },
      fs: nodeLogFs,
    });
    expect(() => nowhere.append('lost')).not.toThrow();
    expect(nowhere.path()).toBeUndefined();
  });

  it('stays within its limit when it cannot move the file aside, losing the new lines', () => {
    const failing = new Set<keyof LogFs>(['renameSync']);
    const log = openLogFile({ folder: logs, fs: refusingFs(failing), maxBytes: 200 });
    log.append(lineOf(1));
    log.append(lineOf(2));
    expect(() => log.append(lineOf(3))).not.toThrow();
    expect(read(logFileName)).toBe(`${lineOf(1)}\n${lineOf(2)}\n`);
    failing.clear();
    log.append(lineOf(4));
    expect(read(logFileName)).toBe(`${lineOf(4)}\n`);
  });
});
