import type { Api } from '../../shared/ipc/api.js';

declare global {
  interface Window {
    /** Set by the preload (or the end-to-end harness); the renderer's only way to main. */
    readonly api: Api;
  }
}

/** The typed bridge to main. Every other renderer module imports it from here. */
export const api: Api = window.api;
