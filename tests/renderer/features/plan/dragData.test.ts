import { describe, expect, it } from 'vitest';
import {
  carriesDragged,
  readDragged,
  writeDragged,
  type DragCarrier,
} from '../../../../renderer/features/plan/dragData.js';

/** A DataTransfer as far as a drag needs one. */
function carrier(
  initial: Record<string, string> = {},
): DragCarrier & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get types() {
      return [...data.keys()];
    },
    setData: (format, value) => void data.set(format, value),
    getData: (format) => data.get(format) ?? '',
  };
}

describe('drag data', () => {
  it('round-trips a challenge and a plan item', () => {
    const forChallenge = carrier();
    writeDragged(forChallenge, { kind: 'challenge', challengeId: 'lib.ask-the-time' });
    expect(carriesDragged(forChallenge)).toBe(true);
    expect(readDragged(forChallenge)).toEqual({
      kind: 'challenge',
      challengeId: 'lib.ask-the-time',
    });

    const forItem = carrier();
    writeDragged(forItem, { kind: 'planItem', planItemId: 'item-1' });
    expect(readDragged(forItem)).toEqual({ kind: 'planItem', planItemId: 'item-1' });
  });

  it('ignores text or links dragged in from outside the app', () => {
    const outside = carrier({ 'text/plain': 'lib.ask-the-time', 'text/uri-list': 'https://x' });
    expect(carriesDragged(outside)).toBe(false);
    expect(readDragged(outside)).toBeNull();
  });
});
