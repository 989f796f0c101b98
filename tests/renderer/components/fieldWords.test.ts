import { describe, expect, it } from 'vitest';
import {
  countShownFrom,
  lengthCountWords,
  tooLongWords,
} from '../../../renderer/components/fieldWords.js';

describe('the words beside a field', () => {
  it('says the limit and how much there is, with thousands grouped', () => {
    expect(tooLongWords(80, 93)).toBe('Keep this to 80 characters at most — it has 93.');
    expect(tooLongWords(20_000, 100_000)).toBe(
      'Keep this to 20,000 characters at most — it has 100,000.',
    );
    expect(lengthCountWords(1_960, 2_000)).toBe('1,960 of 2,000 characters');
  });

  it('shows a count only near the limit', () => {
    expect(countShownFrom).toBeGreaterThan(0.5);
    expect(countShownFrom).toBeLessThan(1);
  });
});
