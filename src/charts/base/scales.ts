import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';

export type ScaleKind = 'linear' | 'log';
export type Scale = ScaleContinuousNumeric<number, number>;

/** A value a scale of this kind can place: finite, and positive on a log scale. */
export function drawable(v: number, kind: ScaleKind = 'linear'): boolean {
  return Number.isFinite(v) && (kind === 'linear' || v > 0);
}

/**
 * The [min, max] of the values a scale of `kind` can place (NaN, ±∞, and on a log scale zeros and
 * negatives, are left out), or null when there is none. With `floor`, values below it count as
 * the floor instead of being left out (a log axis that draws zeros at its bottom).
 */
export function extentOf(
  values: Iterable<number>,
  kind: ScaleKind = 'linear',
  floor?: number,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const raw of values) {
    const v = floor !== undefined && Number.isFinite(raw) ? Math.max(raw, floor) : raw;
    if (!drawable(v, kind)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** An extent that is never empty nor a single point: `empty` for none, widened around one value. */
export function safeExtent(
  extent: [number, number] | null,
  kind: ScaleKind,
  empty: [number, number] = kind === 'log' ? [1, 10] : [0, 1],
): [number, number] {
  if (!extent) return empty;
  const [lo, hi] = extent;
  if (lo !== hi) return extent;
  return kind === 'log' ? [lo / 2, hi * 2] : [lo - 1, hi + 1];
}

/** The extent widened to whole decades, at least one (for a log axis labelled at powers of ten). */
export function decadeExtent([lo, hi]: [number, number]): [number, number] {
  const a = Math.floor(Math.log10(lo));
  const b = Math.max(Math.ceil(Math.log10(hi)), a + 1);
  return [10 ** a, 10 ** b];
}

/** A linear or log scale from domain to range. */
export function scaleOf(
  kind: ScaleKind,
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  return kind === 'log' ? scaleLog(domain, range) : scaleLinear(domain, range);
}

/** The powers of ten inside the domain (with a hair of tolerance), thinned to at most `most`. */
export function decadeTicks(domain: readonly number[], most = Infinity): number[] {
  const lo = Math.min(domain[0]!, domain[domain.length - 1]!);
  const hi = Math.max(domain[0]!, domain[domain.length - 1]!);
  const exponents: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    if (10 ** e >= lo * 0.999 && 10 ** e <= hi * 1.001) exponents.push(e);
  const stride = Math.max(1, Math.ceil(exponents.length / most));
  return exponents.filter((_, i) => i % stride === 0).map((e) => 10 ** e);
}

/**
 * Ticks for a scale of `kind`: about `count` nice values; on a log scale the powers of ten (at
 * most `most` of them), or nice values where fewer than two powers of ten fall in the domain.
 */
export function ticksOf(scale: Scale, kind: ScaleKind, count: number, most = Infinity): number[] {
  if (kind === 'linear') return scale.ticks(count);
  const decades = decadeTicks(scale.domain(), most);
  return decades.length >= 2 ? decades : scale.ticks(count);
}
