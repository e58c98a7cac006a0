/**
 * The input–output shapes of an unrolled RNN (the four popularised by Karpathy 2015, and the
 * unaligned labelling of connectionist temporal classification, Graves et al. 2006): which time
 * steps take an input and which emit an output. Pure data, so the figure, its tests and the text
 * all read the same definition.
 */
export const SHAPE_KINDS = [
  'oneToMany',
  'manyToOne',
  'manyToMany',
  'encoderDecoder',
  'unaligned',
] as const;
export type ShapeKind = (typeof SHAPE_KINDS)[number];

export interface UnrolledShape {
  readonly kind: ShapeKind;
  readonly steps: number;
  /** For each step, the index of the input it reads, or null when it reads none. */
  readonly inputAt: readonly (number | null)[];
  /** For each step, the index of the output it emits, or null when it emits none. */
  readonly outputAt: readonly (number | null)[];
}

/**
 * Lays nIn inputs and nOut outputs on the time steps of a shape:
 * - one-to-many: one input at step 0, an output at every step (nOut steps);
 * - many-to-one: an input at every step, one output at the last (nIn steps);
 * - many-to-many: input and output at every step (nIn = nOut steps);
 * - encoder–decoder: nIn reading steps, then nOut writing steps (nIn + nOut steps);
 * - unaligned (CTC): an input at every step and, at every step, one symbol emitted — a label or
 *   the blank — which collapse (see `collapsePath`) to the nOut ≤ nIn labels; which step gives
 *   which label is not fixed. Here outputAt indexes the per-step symbols, not the labels.
 */
export function unrolledShape(kind: ShapeKind, nIn: number, nOut: number): UnrolledShape {
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`${kind}: ${what} (got ${nIn} inputs, ${nOut} outputs)`);
  };
  check(
    nIn >= 1 && nOut >= 1 && Number.isInteger(nIn) && Number.isInteger(nOut),
    'needs ≥ 1 of each',
  );
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  switch (kind) {
    case 'oneToMany':
      check(nIn === 1, 'takes exactly one input');
      return {
        kind,
        steps: nOut,
        inputAt: range(nOut).map((t) => (t === 0 ? 0 : null)),
        outputAt: range(nOut),
      };
    case 'manyToOne':
      check(nOut === 1, 'emits exactly one output');
      return {
        kind,
        steps: nIn,
        inputAt: range(nIn),
        outputAt: range(nIn).map((t) => (t === nIn - 1 ? 0 : null)),
      };
    case 'manyToMany':
      check(nIn === nOut, 'pairs each input with one output');
      return { kind, steps: nIn, inputAt: range(nIn), outputAt: range(nIn) };
    case 'encoderDecoder':
      return {
        kind,
        steps: nIn + nOut,
        inputAt: range(nIn + nOut).map((t) => (t < nIn ? t : null)),
        outputAt: range(nIn + nOut).map((t) => (t >= nIn ? t - nIn : null)),
      };
    case 'unaligned':
      check(nOut <= nIn, 'emits no more labels than it reads inputs');
      return { kind, steps: nIn, inputAt: range(nIn), outputAt: range(nIn) };
  }
}

/** The blank of connectionist temporal classification: "no label at this step". */
export const BLANK = 'ε';

/** One label of a collapsed path and the steps whose symbols were merged into it. */
export interface CollapsedLabel {
  readonly label: string;
  readonly steps: readonly number[];
}

/**
 * CTC's many-to-one map from a path of per-step symbols to labels (Graves et al. 2006): merge
 * runs of the same symbol, then drop the blanks. A blank between two equal labels keeps them
 * apart: h h ε e l ε l o → h e l l o.
 */
export function collapsePath(path: readonly string[]): CollapsedLabel[] {
  const labels: { label: string; steps: number[] }[] = [];
  path.forEach((symbol, t) => {
    if (symbol === BLANK) return;
    const last = labels[labels.length - 1];
    if (last && path[t - 1] === symbol) last.steps.push(t);
    else labels.push({ label: symbol, steps: [t] });
  });
  return labels;
}

/** The path with each run of a repeated symbol merged into one (CTC's first collapsing step). */
export function mergeRepeats(path: readonly string[]): string[] {
  return path.filter((symbol, t) => t === 0 || path[t - 1] !== symbol);
}

/** How many steps read an input and how many emit an output. */
export function shapeCounts(shape: UnrolledShape): { inputs: number; outputs: number } {
  return {
    inputs: shape.inputAt.filter((i) => i !== null).length,
    outputs: shape.outputAt.filter((o) => o !== null).length,
  };
}

/** The steps that hold something, written compactly: [0, 1, 2, 5] → "0–2, 5". */
export function stepList(flags: readonly (number | null)[]): string {
  const steps = flags.flatMap((f, t) => (f === null ? [] : [t]));
  const runs: string[] = [];
  for (let i = 0; i < steps.length;) {
    let j = i;
    while (j + 1 < steps.length && steps[j + 1] === steps[j]! + 1) j++;
    runs.push(j === i ? String(steps[i]) : `${steps[i]}–${steps[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
