import { describe, expect, it } from 'vitest';
import { AppFailure, failureFromFsError } from '../../../../main/services/appFailure.js';
import {
  createAppLog,
  type FailurePlace,
  type LifecycleEvent,
} from '../../../../main/services/log/appLog.js';
import { errorFacts } from '../../../../main/services/log/errorFacts.js';

const at = new Date('2026-11-25T12:00:00.000Z');

function writtenLog() {
  const lines: string[] = [];
  const log = createAppLog({ write: (line) => lines.push(line), now: () => at });
  return { log, lines };
}

describe('the app log', () => {
  it('writes one line per event: ISO time, level, name and its facts', () => {
    const { log, lines } = writtenLog();
    log.event({ name: 'app-started', version: '1.4.0', platform: 'linux', arch: 'x64' });
    log.event({ name: 'journal-locked', reason: 'idle' });
    log.event({ name: 'journal-unlock-failed', by: 'passphrase' });
    log.event({ name: 'app-quit' });
    expect(lines).toEqual([
      '2026-11-25T12:00:00.000Z INFO app-started {"version":"1.4.0","platform":"linux","arch":"x64"}',
      '2026-11-25T12:00:00.000Z INFO journal-locked {"reason":"idle"}',
      '2026-11-25T12:00:00.000Z WARN journal-unlock-failed {"by":"passphrase"}',
      '2026-11-25T12:00:00.000Z INFO app-quit',
    ]);
  });

  it('writes a failure as its place and the error’s kind, codes and frames, never its message', () => {
    const { log, lines } = writtenLog();
    const cause = Object.assign(new Error("ENOSPC: no space left, write '/home/me/x'"), {
      code: 'ENOSPC',
      syscall: 'write',
    });
    log.error('ipc:attempts.create', new AppFailure('INTERNAL', 'dear diary', { cause }));
    expect(lines).toHaveLength(1);
    const [time, level, name, json] =
      /^(\S+) (\S+) (\S+) (.*)$/.exec(lines[0] ?? '')?.slice(1) ?? [];
    expect([time, level, name]).toEqual([at.toISOString(), 'ERROR', 'failed']);
    const facts = JSON.parse(json ?? '') as { place: string; error: Record<string, unknown> };
    expect(facts.place).toBe('ipc:attempts.create');
    expect(facts.error).toMatchObject({
      name: 'AppFailure',
      code: 'INTERNAL',
      cause: { name: 'Error', code: 'ENOSPC', syscall: 'write' },
    });
    expect(facts.error['frames']).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
    expect(lines[0]).not.toMatch(/dear diary|home\/me|no space left/);
  });

  it('writes `?` for free text cast into a place or an event, and drops facts the event has not', () => {
    const { log, lines } = writtenLog();
    log.error('my secret plan' as FailurePlace, new Error('x'));
    log.error('ipc:not a channel' as FailurePlace, new Error('x'));
    log.error('lock:because I said so' as FailurePlace, new Error('x'));
    log.event({ name: 'journal-locked', reason: 'my secret' } as unknown as LifecycleEvent);
    log.event({ name: 'secret event', note: 'my secret' } as unknown as LifecycleEvent);
    log.event({ name: 'app-quit', note: 'my secret' } as unknown as LifecycleEvent);
    log.event({ name: 'app-started', version: 'my secret', platform: 'x', arch: 'y' });
    expect(lines.join('\n')).not.toMatch(/secret|said so|not a channel/);
    expect(lines.filter((line) => line.includes('"place":"?"'))).toHaveLength(3);
  });

  it('never throws: not when writing fails, nor when the clock does, nor on a hostile error', () => {
    const failing = createAppLog({
      write: () => {
        throw new Error('disk gone');
      },
      now: () => at,
    });
    expect(() => failing.event({ name: 'app-ready' })).not.toThrow();
    const clockless = createAppLog({ write: () => undefined, now: () => new Date(NaN) });
    expect(() => clockless.event({ name: 'app-ready' })).not.toThrow();
    const { log, lines } = writtenLog();
    const hostile = new Proxy(new Error('x'), {
      get() {
        throw new Error('no');
      },
    });
    expect(() => log.error('uncaught-exception', hostile)).not.toThrow();
    expect(() => log.event(null as unknown as LifecycleEvent)).not.toThrow();
    expect(lines).toHaveLength(1);
  });
});

describe('what the log keeps of an error', () => {
  it('keeps the frames but not a message that spans lines shaped like frames', () => {
    const error = new TypeError('one\n    at canary (file:///secret.js:1:1)');
    const facts = errorFacts(error);
    expect(facts.name).toBe('TypeError');
    expect(facts.frames?.length).toBeGreaterThan(0);
    expect(JSON.stringify(facts)).not.toContain('canary');
  });

  it('keeps no frames when the stack no longer starts with the error’s message', () => {
    const error = new Error('first');
    error.stack = 'Error: secret\n    at secret (file:///x.js:1:1)';
    expect(errorFacts(error)).toEqual({ name: 'Error' });
  });

  it('says only what kind of thing was thrown when it is not an object', () => {
    expect(errorFacts('my secret text')).toEqual({ name: 'string' });
    expect(errorFacts(undefined)).toEqual({ name: 'undefined' });
    expect(errorFacts(null)).toEqual({ name: 'null' });
  });

  it('keeps a name or code only in the shape code gives it, never a sentence', () => {
    const error = Object.assign(new Error('x'), {
      name: 'my secret name',
      code: 'my secret code',
      syscall: 'open my secret',
    });
    expect(JSON.stringify(errorFacts(error))).not.toContain('secret');
  });

  it('follows causes, a few deep, as a full disk’s failure carries the errno', () => {
    const disk = Object.assign(new Error('ENOSPC: /home/me/journal'), { code: 'ENOSPC' });
    expect(errorFacts(failureFromFsError(disk, 'save'))).toMatchObject({
      name: 'AppFailure',
      code: 'DISK_FULL',
      cause: { name: 'Error', code: 'ENOSPC' },
    });
    const loop: { cause?: unknown } = new Error('loop');
    loop.cause = loop;
    expect(() => JSON.stringify(errorFacts(loop))).not.toThrow();
  });
});
