import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type {
  ChooseFolder,
  ChooseOpenPath,
  ChooseSavePath,
  OpenKind,
} from '../services/userFiles.js';

/** A name's extension as the dialog's filter; a name without one is a folder to create. */
function filtersFor(name: string): NonNullable<SaveDialogOptions['filters']> {
  const extension = path.extname(name).slice(1);
  return extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [];
}

/**
 * The save dialog as the core's port: suggests the name in the user's Documents folder,
 * attached to the focused window so it cannot be lost behind it.
 */
export const chooseSavePathWithDialog: ChooseSavePath = async (defaultName) => {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), defaultName),
    filters: filtersFor(defaultName),
  };
  const window = BrowserWindow.getFocusedWindow();
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return canceled || !filePath ? null : filePath;
};

const openFilters: Record<OpenKind, NonNullable<OpenDialogOptions['filters']>> = {
  export: [{ name: 'Journal export', extensions: ['json'] }],
  vault: [{ name: 'Ask Anyway journal', extensions: ['askanyway'] }],
};

/** The open dialog for a journal export (JSON) or an encrypted backup (a vault). */
export const chooseOpenPathWithDialog: ChooseOpenPath = async (kind) => {
  const options: OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openFile'],
    filters: openFilters[kind],
  };
  const window = BrowserWindow.getFocusedWindow();
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
};

/** The folder dialog, for the journal's new home; a folder may be made in it. */
export const chooseFolderWithDialog: ChooseFolder = async () => {
  const options: OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const window = BrowserWindow.getFocusedWindow();
  const { canceled, filePaths } = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
};
