import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../../main/preload/api.js';
import type { Transport } from '../../../shared/ipc/api.js';
import { channelNames, eventNames } from '../../../shared/ipc/contract.js';

function recordingTransport() {
  const invoke = vi.fn(() => Promise.resolve({ ok: true as const, value: undefined }));
  const unsubscribe = vi.fn();
  const subscribe = vi.fn(() => unsubscribe);
  return {
    transport: { invoke, subscribe } as unknown as Transport,
    invoke,
    subscribe,
    unsubscribe,
  };
}

/** Calls every function the API exposes, with a marker payload. */
function callEverything(api: object): void {
  for (const domain of Object.values(api) as Record<string, (arg: unknown) => unknown>[]) {
    for (const method of Object.values(domain)) method({ marker: true });
  }
}

describe('the preload API', () => {
  it('has exactly one named method per channel and one on… method per event', () => {
    const api = createApi(recordingTransport().transport);
    const exposed = Object.entries(api).flatMap(([domain, methods]) =>
      Object.keys(methods as object).map((name) => `${domain}.${name}`),
    );
    const expected = [
      ...channelNames,
      ...eventNames.map((event) =>
        event.replace(/\.(\w)/, (_m, first: string) => `.on${first.toUpperCase()}`),
      ),
    ];
    expect(exposed.sort()).toEqual(expected.sort());
    expect(exposed.filter((name) => /invoke|send|ipc/i.test(name))).toEqual([]);
  });

  it('routes each method to its own channel and each listener to its own event', () => {
    const { transport, invoke, subscribe } = recordingTransport();
    callEverything(createApi(transport));
    expect(invoke.mock.calls.map(([channel]: unknown[]) => channel).sort()).toEqual(
      [...channelNames].sort(),
    );
    expect(subscribe.mock.calls.map(([event]: unknown[]) => event).sort()).toEqual(
      [...eventNames].sort(),
    );
  });

  it('sends nothing for calls without a payload and the patch for updates', async () => {
    const { transport, invoke } = recordingTransport();
    const api = createApi(transport);
    await api.settings.get();
    await api.settings.update({ theme: 'dark' });
    expect(invoke.mock.calls).toEqual([
      ['settings.get', undefined],
      ['settings.update', { theme: 'dark' }],
    ]);
  });

  it('returns the transport’s unsubscribe', () => {
    const { transport, unsubscribe } = recordingTransport();
    const stop = createApi(transport).settings.onChanged(() => undefined);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
