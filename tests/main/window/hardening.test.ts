import { EventEmitter } from 'node:events';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents } from '../../../main/window/hardening.js';

/** A web contents as far as hardening touches it: events plus the window-open handler. */
class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function hardenedContents() {
  const app = new EventEmitter();
  const openExternal = vi.fn();
  // The app's own links, as if it had these two.
  hardenWebContents(app as unknown as App, openExternal, [
    'https://example.org/help',
    'https://example.org/',
  ]);
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return { contents, openExternal };
}

const cancellable = () => ({ preventDefault: vi.fn() });

describe('hardenWebContents', () => {
  it('cancels every navigation, sending only the app’s own https links to the browser', () => {
    const { contents, openExternal } = hardenedContents();
    for (const url of [
      'https://example.org/help#part',
      'https://example.org/elsewhere',
      'https://attacker.example/help',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://evil/',
    ]) {
      const event = cancellable();
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(openExternal.mock.calls).toEqual([['https://example.org/help#part']]);
  });

  it('cancels redirects and webviews', () => {
    const { contents } = hardenedContents();
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = cancellable();
      contents.emit(name, event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('denies every new window, handing safe https links to the browser', () => {
    const { contents, openExternal } = hardenedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'http://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });
});

describe('denyAllPermissions', () => {
  it('refuses requests, checks and devices, writing to the clipboard included', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: never) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: never) => (handlers['device'] = h),
    };
    denyAllPermissions(session as unknown as Session);
    const request = handlers['request'] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    const check = handlers['check'] as (c: unknown, p: string) => boolean;
    const answers = (permission: string) => {
      const callback = vi.fn();
      request({}, permission, callback);
      return { requested: callback.mock.calls, checked: check({}, permission) };
    };
    expect(answers('media')).toEqual({ requested: [[false]], checked: false });
    expect(answers('clipboard-read')).toEqual({ requested: [[false]], checked: false });
    expect(answers('clipboard-sanitized-write')).toEqual({ requested: [[false]], checked: false });
    expect((handlers['device'] as () => boolean)()).toBe(false);
  });
});
