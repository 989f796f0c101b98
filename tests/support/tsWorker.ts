import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a TypeScript module. Node will not start a worker on a
 * `.ts` file, and a worker does not inherit tsx's hooks, so a one-line bootstrap
 * registers tsx inside the worker and then imports the module.
 */
export function startTsWorker(module: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`));
}
