/** Which way a rung moves on its ladder: up is towards the first (easiest) rung. */
export type Direction = 'up' | 'down';

/** Where a rung at `index` lands when moved one step, or `null` at that end of the ladder. */
export function stepTarget(index: number, direction: Direction, length: number): number | null {
  const target = direction === 'up' ? index - 1 : index + 1;
  return target >= 0 && target < length ? target : null;
}

/**
 * The button that should hold focus after a move: the same direction while the rung can
 * still go that way, otherwise the other (the first rung has no "up").
 */
export function directionToFocus(index: number, moved: Direction, length: number): Direction {
  if (stepTarget(index, moved, length) !== null) return moved;
  return moved === 'up' ? 'down' : 'up';
}
