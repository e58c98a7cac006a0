import type { Value } from './record';

/** 3 decimals with a true minus sign; whole numbers (one-hot entries, t) as they are. */
export function formatNumber(v: number): string {
  const text = Number.isInteger(v) ? String(v) : v.toFixed(3);
  return text.replace(/^-/, '−');
}

/** A number, a vector [a, b, c] or a matrix [[…], […]] row by row. */
export function formatValue(v: Value): string {
  if (typeof v === 'number') return formatNumber(v);
  if (v instanceof Float64Array) return `[${Array.from(v, formatNumber).join(', ')}]`;
  const rows = Array.from({ length: v.rows }, (_, i) =>
    formatValue(v.data.subarray(i * v.cols, (i + 1) * v.cols)),
  );
  return `[${rows.join(', ')}]`;
}

/** The exact value, for tests and for readers who copy it: numbers as JSON, matrices as rows. */
export function exactValue(v: Value): string {
  if (typeof v === 'number') return JSON.stringify(v);
  if (v instanceof Float64Array) return JSON.stringify(Array.from(v));
  return JSON.stringify(
    Array.from({ length: v.rows }, (_, i) =>
      Array.from(v.data.subarray(i * v.cols, (i + 1) * v.cols)),
    ),
  );
}
