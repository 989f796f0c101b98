import type { MenuItemConstructorOptions } from 'electron';

/** What was right-clicked, as Electron's `context-menu` event describes it. */
export interface ContextMenuParams {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly editFlags: {
    readonly canCut: boolean;
    readonly canCopy: boolean;
    readonly canPaste: boolean;
    readonly canSelectAll: boolean;
  };
}

/**
 * The right-click menu every desktop app has: spelling suggestions for a misspelled word
 * (where spelling is checked), then cut, copy, paste and select all in a text field, or
 * copy for selected text elsewhere. Empty when there is nothing to offer. Plain data, so
 * it is tested without Electron.
 */
export function buildContextMenuTemplate(
  params: ContextMenuParams,
  replaceMisspelling: (word: string) => void,
): MenuItemConstructorOptions[] {
  const suggestions: MenuItemConstructorOptions[] =
    params.misspelledWord === ''
      ? []
      : params.dictionarySuggestions.length === 0
        ? [{ label: 'No spelling suggestions', enabled: false }]
        : params.dictionarySuggestions.slice(0, 5).map((word) => ({
            label: word,
            click: () => replaceMisspelling(word),
          }));
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', enabled: params.editFlags.canCut },
        { role: 'copy', enabled: params.editFlags.canCopy },
        { role: 'paste', enabled: params.editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: params.editFlags.canSelectAll },
      ]
    : params.selectionText.trim() === ''
      ? []
      : [{ role: 'copy', enabled: params.editFlags.canCopy }];
  return suggestions.length > 0 && editing.length > 0
    ? [...suggestions, { type: 'separator' }, ...editing]
    : [...suggestions, ...editing];
}
