import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrigin, appScheme } from '../../main/window/appOrigin.js';
import { contentSecurityPolicy } from '../../main/window/contentSecurityPolicy.js';
import { appRoot } from './support/loadBuiltMain.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

/** One chunk of Vite's build manifest (https://vite.dev/guide/backend-integration). */
interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

const rendererRoot = fileURLToPath(new URL('out/renderer/', appRoot));
/** Written by the renderer build (`build.manifest` in electron.vite.config.ts). */
const manifestFile = '.vite/manifest.json';

/**
 * The type Chromium needs for each kind of file: the handler sends `nosniff`, so a module
 * script or stylesheet served as anything else is refused. A new kind of file fails the
 * test until it is named here.
 */
const requiredTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let app: StartedApp;
let serve: (request: Request) => Promise<Response>;
let manifest: Readonly<Record<string, ManifestChunk>>;

beforeAll(async () => {
  app = await startBuiltApp();
  serve = app.electron.schemeHandlers.get(appScheme) as unknown as typeof serve;
  manifest = JSON.parse(readFileSync(path.join(rendererRoot, manifestFile), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
});

afterAll(() => app.cleanUp());

/** Every file the manifest names: the page, each chunk (lazy ones too), its CSS and assets. */
const namedFiles = (): string[] => {
  const files = Object.values(manifest).flatMap((chunk) => [
    chunk.file,
    ...(chunk.css ?? []),
    ...(chunk.assets ?? []),
    // An HTML entry is its own file: the page main loads.
    ...(chunk.isEntry && chunk.src?.endsWith('.html') ? [chunk.src] : []),
  ]);
  return [...new Set(files)].sort();
};

const request = (file: string) => serve(new Request(`${appOrigin}/${file}`));

describe('the built renderer, served by the app:// handler main registered', () => {
  it('names lazy chunks in the manifest, each import resolving to a chunk', () => {
    const chunks = Object.values(manifest);
    expect(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.src)).toEqual([
      'index.html',
    ]);
    expect(chunks.some((chunk) => chunk.isDynamicEntry)).toBe(true);
    for (const chunk of chunks) {
      for (const key of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) {
        expect(manifest, `${chunk.file} imports ${key}`).toHaveProperty([key]);
      }
    }
  });

  it('serves every file the manifest names, with its type, the CSP and its exact bytes', async () => {
    const files = namedFiles();
    for (const file of files) {
      const response = await request(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('Content-Type'), file).toBe(
        requiredTypes[path.extname(file)] ?? `no type Chromium accepts for ${file}`,
      );
      expect(response.headers.get('Content-Security-Policy'), file).toBe(contentSecurityPolicy);
      expect(response.headers.get('X-Content-Type-Options'), file).toBe('nosniff');
      const served = Buffer.from(await response.arrayBuffer());
      expect(served.equals(readFileSync(path.join(rendererRoot, file))), file).toBe(true);
    }
  });

  it('loads the entry chunk and its CSS from the page main opens', async () => {
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    const html = await (await request('index.html')).text();
    for (const file of [entry?.file, ...(entry?.css ?? [])]) {
      expect(html).toContain(`"./${file ?? 'no entry'}"`);
    }
  });

  it('answers a file that is not there with a 404 that carries the CSP', async () => {
    const response = await request('assets/not-built.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
  });

  it('ships nothing in out/renderer that the page never loads, but the manifest', () => {
    const shipped = readdirSync(rendererRoot, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(rendererRoot, path.join(entry.parentPath, entry.name)))
      .map((file) => file.split(path.sep).join('/'));
    // The manifest lists the files that ship beside it, nothing more: harmless to serve.
    expect(shipped.filter((file) => !namedFiles().includes(file))).toEqual([manifestFile]);
  });
});
