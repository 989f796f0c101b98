import type { Rung } from '../../../shared/domain/practice/ladders.js';

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

/**
 * Rungs the user expects to be easier than the rated rung before them, with that rung's
 * rating. A ladder climbs from least to most distressing (rule 1), so each is worth a
 * look; the order stays the user's choice. Unrated rungs are skipped over, not compared.
 */
export function easierThanAbove(rungs: readonly Rung[]): ReadonlyMap<string, number> {
  const found = new Map<string, number>();
  let above: number | undefined;
  for (const rung of rungs) {
    const current = rung.ratings.at(-1)?.suds;
    if (current === undefined) continue;
    if (above !== undefined && current < above) found.set(rung.id, above);
    above = current;
  }
  return found;
}
