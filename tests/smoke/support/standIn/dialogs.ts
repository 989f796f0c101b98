import type { StandInContext } from './core.js';
import type { StandInBrowserWindow } from './windows.js';

/**
 * Electron's `dialog`. A save or open dialog answers what the test said the user would
 * choose, in order; a dialog the test did not expect fails it. Its options must be ones
 * electron.d.ts declares, and a parent window must still exist.
 */
export function createDialogs(context: StandInContext) {
  const { requireReady, checkKeys } = context;
  const saveDialogAnswers: (string | null)[] = [];
  const openDialogAnswers: (string | null)[] = [];
  const dialog = context.partlyStoodIn('dialog', {
    // Electron allows this one before `ready`: a failed start shows it.
    showErrorBox(): void {
      // Recorded: the test reads what it said.
    },
    showSaveDialog(
      ...args: [object] | [StandInBrowserWindow, object]
    ): Promise<{ canceled: boolean; filePath: string }> {
      requireReady('dialog');
      const [parent, dialogOptions] = args.length === 2 ? args : [undefined, args[0]];
      if (parent?.destroyed) throw new TypeError('Object has been destroyed');
      checkKeys('SaveDialogOptions', dialogOptions);
      const { filters } = dialogOptions as { filters?: object[] };
      for (const filter of filters ?? []) checkKeys('FileFilter', filter);
      const answer = saveDialogAnswers.shift();
      if (answer === undefined)
        throw new Error('A save dialog opened that the test did not expect');
      return Promise.resolve(
        answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
      );
    },
    /** The open dialog, like the save dialog: answered as the test said, in order. */
    showOpenDialog(
      ...args: [object] | [StandInBrowserWindow, object]
    ): Promise<{ canceled: boolean; filePaths: string[] }> {
      requireReady('dialog');
      const [parent, dialogOptions] = args.length === 2 ? args : [undefined, args[0]];
      if (parent?.destroyed) throw new TypeError('Object has been destroyed');
      checkKeys('OpenDialogOptions', dialogOptions);
      const { filters } = dialogOptions as { filters?: object[] };
      for (const filter of filters ?? []) checkKeys('FileFilter', filter);
      const answer = openDialogAnswers.shift();
      if (answer === undefined)
        throw new Error('An open dialog opened that the test did not expect');
      return Promise.resolve(
        answer === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [answer] },
      );
    },
  });

  return {
    dialog,
    /** The user's choice in the next save dialog: a path, or `null` for cancel. */
    answerSaveDialog: (answer: string | null): void => {
      saveDialogAnswers.push(answer);
    },
    /** The user's choice in the next open dialog: a path, or `null` for cancel. */
    answerOpenDialog: (answer: string | null): void => {
      openDialogAnswers.push(answer);
    },
  };
}
