import { describe, expect, it } from 'vitest';
import {
  buildContextMenuTemplate,
  type ContextMenuParams,
} from '../../../main/platform/contextMenuTemplate.js';
import { checksSpelling } from '../../../main/platform/spelling.js';

const allowed = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const params = (overrides: Partial<ContextMenuParams>): ContextMenuParams => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: allowed,
  ...overrides,
});
/** Each item as the user reads it: its role or label, or a separator. */
const shown = (template: ReturnType<typeof buildContextMenuTemplate>) =>
  template.map((item) => item.role ?? item.label ?? item.type);

describe('the right-click menu', () => {
  it('offers cut, copy, paste and select all in a text field, as far as each is possible', () => {
    const template = buildContextMenuTemplate(
      params({ isEditable: true, editFlags: { ...allowed, canCut: false } }),
      () => undefined,
    );
    expect(shown(template)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(template[0]?.enabled).toBe(false);
  });

  it('offers copy for selected text outside a field, and nothing where there is nothing to do', () => {
    expect(
      shown(buildContextMenuTemplate(params({ selectionText: 'a word' }), () => undefined)),
    ).toEqual(['copy']);
    expect(buildContextMenuTemplate(params({ selectionText: '  ' }), () => undefined)).toEqual([]);
  });

  it('puts spelling suggestions first, and a chosen one replaces the word', () => {
    const replaced: string[] = [];
    const template = buildContextMenuTemplate(
      params({
        isEditable: true,
        misspelledWord: 'rejction',
        dictionarySuggestions: ['rejection', 'ejection', 'a', 'b', 'c', 'd'],
      }),
      (word) => replaced.push(word),
    );
    expect(shown(template)).toEqual([
      'rejection',
      'ejection',
      'a',
      'b',
      'c',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    template[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(replaced).toEqual(['rejection']);
    expect(
      shown(
        buildContextMenuTemplate(
          params({ isEditable: true, misspelledWord: 'qwxz' }),
          () => undefined,
        ),
      )[0],
    ).toBe('No spelling suggestions');
  });

  it('checks spelling only on macOS, where no dictionary is downloaded', () => {
    expect(['darwin', 'win32', 'linux'].map((p) => checksSpelling(p as NodeJS.Platform))).toEqual([
      true,
      false,
      false,
    ]);
  });
});
