/**
 * Experiments that run two cells side by side, run after run, report results in that order:
 * run 0 of the first cell, run 0 of the second, run 1 of the first, …
 */

/** The latest run whose results for every cell are in, by cell; null before the first. */
export function latestRunSet<C extends string, R extends { readonly cell: C }>(
  results: readonly R[],
  cells: readonly C[],
): Record<C, R> | null {
  const end = results.length - (results.length % cells.length);
  if (end < cells.length) return null;
  const set = results.slice(end - cells.length, end);
  return Object.fromEntries(set.map((r) => [r.cell, r])) as Record<C, R>;
}
