/**
 * Geometry of the sequence-shapes diagram (pure, testable without a DOM): one column per time
 * step with its output on top, its hidden state in the middle and its input below.
 */
export interface SequenceRows {
  /** The collapsed labels of an unaligned (CTC) shape, above the outputs; null without them. */
  readonly labelTop: number | null;
  readonly outputTop: number;
  readonly outputHeight: number;
  readonly hiddenTop: number;
  readonly hiddenHeight: number;
  readonly inputTop: number;
  readonly inputHeight: number;
  /** The encoder/decoder brackets under the inputs. */
  readonly bracket: number;
}

export interface SequenceLayout {
  readonly width: number;
  readonly height: number;
  readonly nodeWidth: number;
  readonly gap: number;
  /** Left edge of each step's column. */
  readonly x: readonly number[];
  readonly rows: SequenceRows;
}

const MARGIN = 12;
const NODE_WIDTH = 66;
const GAP = 26;

export const SEQUENCE_ROWS: SequenceRows = {
  labelTop: null,
  outputTop: 6,
  outputHeight: 30,
  hiddenTop: 62,
  hiddenHeight: 36,
  inputTop: 124,
  inputHeight: 46,
  bracket: 190,
};

/** Height of the row of collapsed labels, when there is one: a node and the links to it. */
const LABEL_ROW = 62;

/** Rows of a diagram with a row of collapsed labels on top: every other row moves down. */
function withLabelRow(rows: SequenceRows): SequenceRows {
  return {
    labelTop: rows.outputTop,
    outputTop: rows.outputTop + LABEL_ROW,
    outputHeight: rows.outputHeight,
    hiddenTop: rows.hiddenTop + LABEL_ROW,
    hiddenHeight: rows.hiddenHeight,
    inputTop: rows.inputTop + LABEL_ROW,
    inputHeight: rows.inputHeight,
    bracket: rows.bracket + LABEL_ROW,
  };
}

export function sequenceLayout(steps: number, labelRow = false): SequenceLayout {
  if (!Number.isInteger(steps) || steps < 1)
    throw new Error(`sequenceLayout: steps must be ≥ 1, got ${steps}`);
  const x = Array.from({ length: steps }, (_, t) => MARGIN + t * (NODE_WIDTH + GAP));
  const rows = labelRow ? withLabelRow(SEQUENCE_ROWS) : SEQUENCE_ROWS;
  return {
    width: 2 * MARGIN + steps * NODE_WIDTH + (steps - 1) * GAP,
    height: rows.bracket + 14,
    nodeWidth: NODE_WIDTH,
    gap: GAP,
    x,
    rows,
  };
}

/** The span [left, right] covered by steps first..last, for a bracket under them. */
export function stepSpan(layout: SequenceLayout, first: number, last: number): [number, number] {
  return [layout.x[first]!, layout.x[last]! + layout.nodeWidth];
}

/**
 * Where each step stands in the flow: already computed, being computed now, or still to come.
 * Once all `steps` are computed, every step is done.
 */
export function stepPhase(
  t: number,
  progress: number,
  steps: number,
): 'done' | 'active' | 'pending' {
  if (t < progress - 1 || progress >= steps) return 'done';
  return t === progress - 1 ? 'active' : 'pending';
}
