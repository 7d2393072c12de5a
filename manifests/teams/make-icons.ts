/**
 * Draws the Teams app icons and writes them next to the manifest:
 *
 *   npx tsx manifests/teams/make-icons.ts
 *
 * Teams wants `color.png` at 192×192 (full colour; Teams rounds the corners) and `outline.png` at
 * 32×32, white on a transparent background ("Create app icons", Teams docs). The mark is a ring
 * with a check: a resolved ticket. Deterministic, so bot/teams/manifest.test.ts can check that
 * the committed files are exactly what this draws.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { encodePng, type Rgba } from './png.ts';

/** The manifest's `accentColor`, also the colour icon's background. */
export const ACCENT = '#2F5BEA';

const RING = { outer: 0.4, inner: 0.31 };
const CHECK = [
  [0.33, 0.52],
  [0.45, 0.64],
  [0.68, 0.38],
] as const;
const CHECK_HALF_WIDTH = 0.045;
/** Samples per pixel side: 4×4 supersampling gives smooth edges without any library. */
const SAMPLES = 4;

function distanceToSegment(px: number, py: number, a: readonly number[], b: readonly number[]): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Whether a point of the unit square is on the mark. */
function onMark(x: number, y: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.5);
  if (r <= RING.outer && r >= RING.inner) return true;
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const from = CHECK[i];
    const to = CHECK[i + 1];
    if (from && to && distanceToSegment(x, y, from, to) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Fraction of a pixel covered by the mark, 0–1. */
function coverage(px: number, py: number, size: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++)
    for (let sx = 0; sx < SAMPLES; sx++)
      if (onMark((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
  return hits / (SAMPLES * SAMPLES);
}

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function draw(size: number, pixel: (cover: number) => [number, number, number, number]): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) pixels.set(pixel(coverage(x, y, size)), (y * size + x) * 4);
  return { width: size, height: size, pixels };
}

/** Both icons as PNG bytes. */
export function drawIcons(): { color: Buffer; outline: Buffer } {
  const [r, g, b] = hex(ACCENT);
  const blend = (c: number, cover: number) => Math.round(c + (255 - c) * cover);
  const color = draw(192, (cover) => [blend(r, cover), blend(g, cover), blend(b, cover), 255]);
  const outline = draw(32, (cover) => [255, 255, 255, Math.round(255 * cover)]);
  return { color: encodePng(color), outline: encodePng(outline) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const icons = drawIcons();
  for (const name of ['color', 'outline'] as const) {
    const file = new URL(`./${name}.png`, import.meta.url);
    writeFileSync(file, icons[name]);
    console.log(`wrote ${file.pathname} (${icons[name].length} bytes)`);
  }
}
