import { clipboard } from 'electron';
import type { Clipboard } from '../services/vault/recoveryKeyClipboard.js';

/** The system clipboard, as the core's port. */
export const electronClipboard: Clipboard = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  clear: () => clipboard.clear(),
};
