/**
 * The input–output shapes of an unrolled RNN (the classification popularised by Karpathy 2015):
 * which time steps take an input and which emit an output. Pure data, so the figure, its tests
 * and the text all read the same definition.
 */
export const SHAPE_KINDS = ['oneToMany', 'manyToOne', 'manyToMany', 'encoderDecoder'] as const;
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
 * - encoder–decoder: nIn reading steps, then nOut writing steps (nIn + nOut steps).
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
  }
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
