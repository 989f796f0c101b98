import { readFileSync } from 'node:fs';
import { DebugLogger } from 'builder-util';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appId } from '../main/platform/appIdentity.js';

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Configuration;

// Packaging downloads Electron, which this machine cannot; the shape is checked instead.
describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is checked by a validator that does reject mistakes', async () => {
    const mistaken = { ...config, asarr: true } as Configuration;
    await expect(validateConfiguration(mistaken, new DebugLogger(false))).rejects.toThrow(/asarr/);
  });

  it('names the product and builds AppImage+deb, dmg and nsis with asar', () => {
    expect(config).toMatchObject({
      // The id main gives Windows for notifications: they must be the same.
      appId,
      productName: 'Ask Anyway',
      asar: true,
    });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.win?.target).toBe('nsis');
  });

  it('associates .askanyway journal files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'askanyway', name: 'Ask Anyway journal', role: 'Editor' }),
    ]);
  });

  it('packages only the build output, and of sql.js only the build main loads', () => {
    expect(config.files).toEqual([
      'out/**/*',
      'package.json',
      '!**/node_modules/sql.js/dist/!(sql-wasm.js|sql-wasm.wasm)',
    ]);
  });

  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown> & {
    dependencies: Record<string, string>;
  };

  it('has the metadata the Linux packages need: product name, maintainer email, homepage', () => {
    expect(pkg).toMatchObject({
      name: 'ask-anyway',
      productName: config.productName,
      author: { email: expect.stringContaining('@') as unknown },
      homepage: expect.stringMatching(/^https:/) as unknown,
    });
  });

  it('ships no renderer-only package as a runtime dependency (the renderer is bundled)', () => {
    const rendererOnly = Object.keys(pkg.dependencies).filter((name) =>
      /^(react|react-dom|@zxcvbn-ts\/.*)$/.test(name),
    );
    expect(rendererOnly).toEqual([]);
  });
});
