import { describe, expect, it } from 'vitest';
import { trustCallersFrom } from '../../../main/ipc/trustedCaller.js';
import { appEntryUrl, appOrigin } from '../../../main/window/appOrigin.js';
import { rendererSource } from '../../../main/window/rendererSource.js';

const bundle = { entryUrl: appEntryUrl, origin: appOrigin };

describe('where the window’s page comes from', () => {
  it('is the built bundle over app:// unless a dev server is named', () => {
    expect(rendererSource(false, undefined)).toEqual(bundle);
    expect(rendererSource(false, '')).toEqual(bundle);
  });

  it('is always the bundle in a packaged app, whatever the environment says', () => {
    expect(rendererSource(true, 'http://localhost:5173')).toEqual(bundle);
    expect(rendererSource(true, 'https://evil.example')).toEqual(bundle);
  });

  it('is Vite’s dev server on loopback under `npm run dev`, and only that origin is trusted', () => {
    const source = rendererSource(false, 'http://localhost:5173');
    expect(source).toEqual({
      entryUrl: 'http://localhost:5173/index.html',
      origin: 'http://localhost:5173',
    });
    const trusted = trustCallersFrom(source.origin);
    expect(trusted({ url: 'http://localhost:5173/index.html', isMainFrame: true })).toBe(true);
    expect(trusted({ url: 'http://localhost:5174/index.html', isMainFrame: true })).toBe(false);
    expect(trusted({ url: `${appOrigin}/index.html`, isMainFrame: true })).toBe(false);
    expect(rendererSource(false, 'http://127.0.0.1:5173').origin).toBe('http://127.0.0.1:5173');
    expect(rendererSource(false, 'http://[::1]:5173').origin).toBe('http://[::1]:5173');
  });

  it.each([
    'https://localhost:5173',
    'http://example.com:5173',
    'http://10.0.0.2:5173',
    'localhost',
  ])('refuses %s as a dev server, saying what it expects', (url) => {
    expect(() => rendererSource(false, url)).toThrow(/must be a dev server on this computer/);
  });
});
