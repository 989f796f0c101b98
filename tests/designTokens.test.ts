/**
 * The palette in renderer/styles/tokens.css meets WCAG 2.2 AA in both themes: 4.5:1 for
 * text on every surface it is written on, 3:1 for the edges of controls and the focus ring.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as a file, beside architecture.test.ts: Vitest hands the renderer's tests an empty
// stand-in for any CSS they import.
const tokensCss = readFileSync('renderer/styles/tokens.css', 'utf8');

/** The `--name: #hex` declarations of the block that starts with `selector {`. */
function palette(selector: string): Map<string, string> {
  const start = tokensCss.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`tokens.css has no block for ${selector}`);
  const block = tokensCss.slice(start, tokensCss.indexOf('\n}', start));
  const colours = new Map<string, string>();
  for (const match of block.matchAll(/--(?<name>[a-z0-9-]+):\s*(?<hex>#[0-9a-f]{6});/gi)) {
    const { name, hex } = match.groups ?? {};
    if (name !== undefined && hex !== undefined) colours.set(name, hex);
  }
  return colours;
}

/** Relative luminance, as WCAG defines it for sRGB. */
function luminance(hex: string): number {
  const linear = (at: number): number => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5);
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const surfaces = ['bg', 'surface', 'surface-muted'];
// Text and icons: body, muted, links and accents, and the status colours.
const textOnSurfaces = ['text', 'text-muted', 'accent', 'ok', 'warning', 'danger'].flatMap((text) =>
  surfaces.map((surface) => [text, surface] as const),
);
const textOnFills = [
  ['accent-text', 'accent'],
  ['accent-text', 'accent-hover'],
  ['text', 'accent-soft'],
  ['danger', 'danger-soft'],
  ['text', 'danger-soft'],
] as const;
// Non-text: what shows where a control is, and where focus is.
const edges = ['border-strong', 'focus'].flatMap((edge) =>
  surfaces.map((surface) => [edge, surface] as const),
);

describe.each([
  ['light', ':root'],
  ['dark', ":root[data-theme='dark']"],
])('the %s palette', (_theme, selector) => {
  const light = palette(':root');
  // The dark block overrides colours only; what it leaves out stays the light one's.
  const colours = new Map([...light, ...palette(selector)]);
  const colour = (name: string): string => {
    const hex = colours.get(name);
    if (hex === undefined) throw new Error(`tokens.css has no --${name}`);
    return hex;
  };

  it.each([...textOnSurfaces, ...textOnFills])('--%s on --%s reads at 4.5:1 or more', (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(edges)('--%s on --%s shows at 3:1 or more', (fg, bg) => {
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
  });

  it('has the surfaces ordered from page to raised to muted, not all alike', () => {
    expect(new Set(surfaces.map(colour)).size).toBe(surfaces.length);
  });
});
