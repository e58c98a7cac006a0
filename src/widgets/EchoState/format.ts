/** Numbers as the widget prints them: 3 significant digits, exponent form when tiny or huge. */
export function sci(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs < 1e-3 || abs >= 1e4) return x.toExponential(2).replace('e+', 'e');
  return String(Number(x.toPrecision(3)));
}
