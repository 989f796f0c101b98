import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// electron-vite builds the three bundles Electron needs (main, the sandboxed preload,
// the renderer) from one config with one toolchain; see docs/architecture.md.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The KDF worker and the process that opens foreign vaults are files of their own:
      // a worker thread and a utility process start from a script path.
      rolldownOptions: {
        input: {
          index: resolve('main/index.ts'),
          kdfWorker: resolve('main/services/vault/kdfWorker.ts'),
          foreignVaultProcess: resolve('main/services/vault/foreignVaultProcess.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: everything it needs is bundled in, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // out/renderer/.vite/manifest.json names every file the page may load, lazy chunks
      // included: the smoke test requests each through main's app:// handler. It ships
      // (a list of the files beside it, nothing secret).
      manifest: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
