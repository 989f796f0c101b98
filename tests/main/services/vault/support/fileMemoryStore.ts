import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { SaveMemoryStore } from '../../../../../main/services/vault/saveMemory.js';

/**
 * A save memory in a JSON file, replaced whole (written, fsynced, renamed) as
 * electron-store replaces the preferences: for processes that are killed mid-write.
 */
export function fileMemoryStore(file: string): SaveMemoryStore {
  return {
    load: () => {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    save: (state) => {
      const temp = `${file}.tmp`;
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, JSON.stringify(state));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, file);
    },
  };
}
