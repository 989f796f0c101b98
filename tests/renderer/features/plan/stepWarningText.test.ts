import { describe, expect, it } from 'vitest';
import type { ShownLevel } from '../../../../shared/domain/practice/history.js';
import { levelText } from '../../../../renderer/features/plan/stepWarningText.js';

describe('levelText', () => {
  it.each<[string, ShownLevel, string]>([
    [
      'nothing yet',
      { kind: 'no_recent_asks', askedEarlier: false },
      'You haven’t finished an ask in the last eight weeks, so a comfortable start is difficulty 1 to 3.',
    ],
    [
      'back after a break',
      { kind: 'no_recent_asks', askedEarlier: true },
      'You haven’t finished an ask in the last eight weeks. A level shown before a break no longer counts, as fear can come back, so a comfortable restart is difficulty 1 to 3.',
    ],
    [
      'one ask',
      { kind: 'no_level_yet', asks: 1, difficulty: 6 },
      'In the last eight weeks you have finished one ask, at difficulty 6. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3.',
    ],
    [
      'one ask of the user’s own',
      { kind: 'no_level_yet', asks: 1, difficulty: null },
      'In the last eight weeks you have finished one ask, your own request without a difficulty. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3.',
    ],
    [
      'two asks of the user’s own',
      { kind: 'no_level_yet', asks: 2, difficulty: null },
      'In the last eight weeks you have finished two asks, both your own requests without a difficulty. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3.',
    ],
    [
      'many asks of the user’s own',
      { kind: 'no_level_yet', asks: 12, difficulty: null },
      'In the last eight weeks you have finished 12 asks, all your own requests without a difficulty. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3.',
    ],
    [
      'one ask from a challenge among the user’s own',
      { kind: 'no_level_yet', asks: 3, difficulty: 4 },
      'In the last eight weeks you have finished three asks: one at difficulty 4, the others your own requests without a difficulty. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3.',
    ],
    [
      'a level',
      { kind: 'level', level: 2 },
      'Recently you have shown level 2, so steps up to difficulty 4 are comfortable.',
    ],
    [
      'the highest level a warning can meet (a 10 is three above it)',
      { kind: 'level', level: 7 },
      'Recently you have shown level 7, so steps up to difficulty 9 are comfortable.',
    ],
  ])('%s', (_, shown, text) => {
    expect(levelText(shown)).toBe(text);
  });
});
