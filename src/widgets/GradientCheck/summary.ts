import {
  checkBlocks,
  checkProblem,
  sampleEntries,
  type CheckedBlock,
  type CheckedEntry,
  type GradientCheckSettings,
} from '../../core/gradientCheck';
import { relativeError } from '../../core/handmade';

/**
 * What the GradientCheck figure reports, computed from the job's blocks (and tfjs's gradient
 * when it has come): plain functions, so tests compute the same numbers from the core's result.
 */
export const GUIDE = 1e-7;

/** A relative error or a small number as the figure prints it: 1.2e−9, or 0. */
export function fmtSci(v: number, digits = 1): string {
  if (!Number.isFinite(v)) return '–';
  return v === 0 ? '0' : v.toExponential(digits).replace('-', '−');
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A ratio to its nearest power of ten, as 10⁸. */
export function fmtPowerOfTen(v: number): string {
  if (!(v > 0) || !Number.isFinite(v)) return '–';
  const e = Math.round(Math.log10(v));
  const digits = [...String(Math.abs(e))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}

/** The spacing of float32 numbers at x (one unit in the last place). */
export function float32Ulp(x: number): number {
  return 2 ** (Math.floor(Math.log2(Math.abs(x))) - 23);
}

/** A gradient entry as the figure prints it: nine significant digits. */
export function fmtValue(v: number): string {
  return Number.isFinite(v) ? v.toPrecision(9).replace('-', '−') : '–';
}

export const entryLabel = (block: CheckedBlock, e: CheckedEntry) =>
  `${block.label}[${e.row}, ${e.col}]`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** The check's plan before it runs: parameters, entries it will compute, blocks it samples. */
export function checkPlan(s: GradientCheckSettings) {
  const problem = checkProblem(s);
  const blocks = checkBlocks(problem);
  const checked = blocks.map((b) => sampleEntries(problem, b, s.perBlock, s.seed).length);
  return {
    blocks: blocks.length,
    parameters: blocks.reduce((n, b) => n + b.trainable, 0),
    checked: checked.reduce((n, c) => n + c, 0),
    sampled: blocks.filter((b, i) => checked[i]! < b.trainable).length,
    frozen: problem.model.frozen !== null,
  };
}

/** The relative errors of every checked entry against BPTT, per method (tf: NaN until it came). */
export function entryErrors(e: CheckedEntry, tf: Float64Array | null) {
  return {
    fd64: relativeError(e.bptt, e.fd64),
    fd32: relativeError(e.bptt, e.fd32),
    tf: tf ? relativeError(e.bptt, tf[e.k]!) : Number.NaN,
  };
}

export type Method = 'fd64' | 'fd32' | 'tf';
export const METHODS: readonly Method[] = ['fd64', 'fd32', 'tf'];

/** Per method: every error, the median, the worst, and how many are within the guide. */
export function methodSummary(blocks: readonly CheckedBlock[], tf: Float64Array | null) {
  const all = blocks.flatMap((b) => b.entries.map((e) => entryErrors(e, tf)));
  const of = (m: Method) => {
    const values = all.map((e) => e[m]).filter((v) => !Number.isNaN(v));
    return {
      median: median(values),
      worst: values.length ? Math.max(...values) : Number.NaN,
      below: values.filter((v) => v < GUIDE).length,
      count: values.length,
    };
  };
  return { fd64: of('fd64'), fd32: of('fd32'), tf: of('tf') };
}

/** The `most` entries with the largest float64 error, worst first. */
export function worstEntries(blocks: readonly CheckedBlock[], tf: Float64Array | null, most = 8) {
  return blocks
    .flatMap((block) => block.entries.map((e) => ({ block, e, r: entryErrors(e, tf) })))
    .sort((a, b) => b.r.fd64 - a.r.fd64)
    .slice(0, most);
}
