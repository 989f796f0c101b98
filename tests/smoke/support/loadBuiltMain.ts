import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The app the smoke test starts: the checkout's build by default, or an unpacked package
 * (`ASK_ANYWAY_SMOKE_APP`, the folder holding its package.json and `out/`), so that the
 * same test proves what electron-builder shipped.
 */
export const appRoot: URL = process.env['ASK_ANYWAY_SMOKE_APP']
  ? pathToFileURL(`${process.env['ASK_ANYWAY_SMOKE_APP'].replace(/\/$/, '')}/`)
  : new URL('../../../', import.meta.url);

/** The main bundle `npx electron-vite build` writes, as Electron would load it. */
export const builtMain = new URL('out/main/index.js', appRoot);

const standInKey = 'ask-anyway.electron-stand-in';

/**
 * Imports the built main bundle in this Node process with `modules` as its `electron`.
 * Node resolves the bundle's imports itself (vitest.config.ts leaves out/main to it), and a
 * resolution hook answers `electron` — the bundle's and electron-store's — with a module
 * that re-exports `modules`. It runs once per process: Node caches the bundle.
 */
export async function loadBuiltMain(modules: Record<string, unknown>): Promise<void> {
  if (!existsSync(builtMain)) {
    throw new Error(
      `${fileURLToPath(builtMain)} is missing: run \`npx electron-vite build\` first`,
    );
  }
  (globalThis as Record<symbol, unknown>)[Symbol.for(standInKey)] = modules;
  const source = [
    `const electron = globalThis[Symbol.for(${JSON.stringify(standInKey)})];`,
    'export default electron;',
    `export const { ${Object.keys(modules).join(', ')} } = electron;`,
  ].join('\n');
  const electron = `data:text/javascript,${encodeURIComponent(source)}`;
  // The hook runs on Node's loader thread, which cannot load TypeScript: it is plain
  // JavaScript, handed over as a data: URL like the module it points to.
  const hook = `export function resolve(specifier, context, next) {
    return specifier === 'electron'
      ? { url: ${JSON.stringify(electron)}, shortCircuit: true }
      : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  await import(builtMain.href);
}
