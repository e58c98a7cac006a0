/** Typographic minus for negative numbers in labels. */
export const minus = (text: string): string => text.replace('-', '−');

/** "1e−15" for a power of ten. */
export const powerOfTen = (v: number): string => minus(`1e${Math.round(Math.log10(v))}`);

/**
 * A tick label: powers of ten on a log axis; otherwise up to four significant digits, with an
 * exponent for very large or small magnitudes.
 */
export function tickLabel(v: number, log: boolean): string {
  if (v === 0) return '0';
  if (log) return powerOfTen(v);
  const abs = Math.abs(v);
  return minus(abs >= 1e4 || abs < 1e-3 ? v.toExponential(0) : String(Number(v.toPrecision(4))));
}

/** A tick label in plain numbers where they stay short: powers of ten only beyond 1e4 or under 0.01 on a log axis, thousands separated. */
export function plainTick(v: number, log: boolean): string {
  if (log && (v >= 1e4 || v < 1e-2)) return powerOfTen(v);
  return Math.abs(v) >= 1000 ? v.toLocaleString('en') : minus(String(+v.toPrecision(3)));
}
