import { describe, expect, it } from 'vitest';
import { missingSavesText } from '../../../../renderer/features/versions/recordNoticeText.js';

describe('the missing-saves notice', () => {
  it('says how many saves, and between which moments they were made', () => {
    const text = missingSavesText({
      count: 3,
      after: '2026-12-01T09:30:00.000Z',
      upTo: '2026-12-04T18:05:00.000Z',
    });
    expect(text).toMatch(
      /^3 saves from this computer, made after .*1.* \(the last on .*4.*\), are not in your journal file\./,
    );
    expect(text).toContain('older copy');
  });

  it('speaks of one save in the singular, and of a journal that had none from here', () => {
    expect(missingSavesText({ count: 1, after: null, upTo: '2026-12-04T18:05:00.000Z' })).toMatch(
      /^One save from this computer, the last made on .+, is not in your journal file\./,
    );
  });

  it('leaves out a time it cannot read rather than saying "Invalid Date"', () => {
    const text = missingSavesText({ count: 2, after: 'garbage', upTo: 'also garbage' });
    expect(text).toMatch(/^2 saves from this computer are not in your journal file\./);
    expect(text).not.toContain('Invalid');
  });
});
