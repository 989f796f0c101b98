import type { Clipboard } from '../../main/services/vault/recoveryKeyClipboard.js';

/**
 * A clipboard in a variable: `text` is what a paste would give, `reads` how often the
 * app looked, and `copy` the user copying something else.
 */
export function memoryClipboard(): Clipboard & {
  readonly text: string;
  readonly reads: number;
  copy(text: string): void;
} {
  let text = '';
  let reads = 0;
  return {
    get text() {
      return text;
    },
    get reads() {
      return reads;
    },
    copy(other) {
      text = other;
    },
    readText: () => {
      reads += 1;
      return Promise.resolve(text);
    },
    writeText(next) {
      text = next;
      return Promise.resolve();
    },
    clear() {
      text = '';
    },
  };
}
