import { z } from 'zod';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const minimumWindowSize = { width: 720, height: 520 } as const;
export const defaultWindowSize = { width: 1180, height: 800 } as const;

const savedBoundsSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(minimumWindowSize.width).max(20_000),
  height: z.number().int().min(minimumWindowSize.height).max(20_000),
  maximized: z.boolean(),
});

/** Where the window was when it last closed, as saved in preferences. */
export type SavedBounds = z.infer<typeof savedBoundsSchema>;

/** Where to open the window: `x`/`y` absent means "let the OS centre it". */
export interface WindowPlacement {
  readonly width: number;
  readonly height: number;
  readonly x?: number;
  readonly y?: number;
  readonly maximized: boolean;
}

/** How much of a title bar must stay on screen for the user to grab and move it. */
const minimumVisible = 64;

const overlaps = (window: Rectangle, area: Rectangle): boolean =>
  Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x) >=
    minimumVisible &&
  window.y >= area.y &&
  window.y + minimumVisible <= area.y + area.height;

/**
 * Restores the saved bounds only if the window's top edge would still be reachable on
 * one of today's displays: a monitor unplugged since last time must not leave the
 * window off screen.
 */
export function placeWindow(saved: unknown, workAreas: readonly Rectangle[]): WindowPlacement {
  const parsed = savedBoundsSchema.safeParse(saved);
  if (!parsed.success) return { ...defaultWindowSize, maximized: false };
  const bounds = parsed.data;
  if (!workAreas.some((area) => overlaps(bounds, area))) {
    return { width: bounds.width, height: bounds.height, maximized: bounds.maximized };
  }
  return bounds;
}
