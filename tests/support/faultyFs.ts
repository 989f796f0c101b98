import type fs from 'node:fs/promises';
import { nodeVaultFs, type VaultFs } from '../../main/services/vault/vaultFs.js';

/** A step where a fault can be injected: a file-system call or a file-handle method. */
export type FsStep = keyof VaultFs | 'handle.write' | 'handle.sync' | 'handle.truncate';

/** Decides, per call, whether it fails and with which errno. */
export type FaultRule = (step: FsStep, path: string) => string | undefined;

const fault = (code: string, step: FsStep, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: injected at ${step} ${path}`), { code });

/**
 * Node's file system with faults injected where `rule` says: a full disk or a refused
 * write at exactly the step a test wants, without needing a full disk.
 */
export function faultyFs(): VaultFs & { rule: FaultRule | undefined } {
  const state: { rule: FaultRule | undefined } = { rule: undefined };
  const check = (step: FsStep, path: string): void => {
    const code = state.rule?.(step, path);
    if (code) throw fault(code, step, path);
  };
  const wrapHandle = (handle: fs.FileHandle, path: string): fs.FileHandle =>
    new Proxy(handle, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const step = `handle.${String(property)}` as FsStep;
        return (...args: unknown[]) => {
          if (step === 'handle.write' || step === 'handle.sync' || step === 'handle.truncate')
            check(step, path);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const wrapped = {
    get rule() {
      return state.rule;
    },
    set rule(rule: FaultRule | undefined) {
      state.rule = rule;
    },
  } as VaultFs & { rule: FaultRule | undefined };
  for (const name of Object.keys(nodeVaultFs) as (keyof VaultFs)[]) {
    const original = nodeVaultFs[name] as (...args: unknown[]) => Promise<unknown>;
    Object.defineProperty(wrapped, name, {
      // Enumerable, so a port built over this one (`withRenameRetry`) keeps every call.
      enumerable: true,
      value: async (...args: unknown[]) => {
        const path = String(args[0]);
        check(name, path);
        const result = await original(...args);
        return name === 'open' ? wrapHandle(result as fs.FileHandle, path) : result;
      },
    });
  }
  return wrapped;
}
