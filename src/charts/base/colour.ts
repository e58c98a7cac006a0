import { scaleLinear } from 'd3-scale';
import { interpolateRdBu } from 'd3-scale-chromatic';

const diverging = scaleLinear([-1, 1], [0.05, 0.95]).clamp(true);

/** A value in [−1, 1] on the red–blue diverging scale (red negative, blue positive). */
export const divergingColour = (v: number): string => interpolateRdBu(diverging(v));

/** Black or white text, whichever contrasts more with the fill (WCAG relative luminance). */
export function textColourOn(fill: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(fill);
  if (!m) return 'currentColor';
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const L = 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
  return 1.05 / (L + 0.05) > (L + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
