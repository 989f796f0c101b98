import { describe, expect, it } from 'vitest';
import { spanNote } from '../../../../renderer/features/insights/chartSeries.js';

describe('spanNote', () => {
  it('says nothing for weekly marks and names the span otherwise', () => {
    expect(spanNote(1)).toBe('');
    expect(spanNote(70)).toBe(' Each mark here gathers 70 weeks, labelled by the first.');
  });
});
