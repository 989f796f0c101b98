import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ChooseSavePath } from '../services/vault/recoveryKeyFile.js';

/**
 * The save dialog as the core's port: suggests the name in the user's Documents folder,
 * attached to the focused window so it cannot be lost behind it.
 */
export const chooseSavePathWithDialog: ChooseSavePath = async (defaultName) => {
  const options = {
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: [{ name: 'Text', extensions: ['txt'] }],
  };
  const window = BrowserWindow.getFocusedWindow();
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
};
