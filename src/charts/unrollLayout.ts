/**
 * Geometry of the unrolled-RNN diagram, as a pure function so it can be tested without a DOM.
 * Every copy of the cell is drawn in the same local frame and placed by a horizontal offset;
 * folding the chain puts every copy on top of the first one.
 */
export interface UnrollRows {
  /** Baseline of the output word above each copy. */
  readonly output: number;
  /** Where the V arrow ends (its head), above the box. */
  readonly vEnd: number;
  readonly boxTop: number;
  readonly boxHeight: number;
  /** Where the U arrow starts, below the box. */
  readonly uStart: number;
  /** Baseline of the input word below each copy. */
  readonly input: number;
}

export interface UnrollLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: UnrollRows;
  readonly boxWidth: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  /** Left edge of each copy's box. */
  readonly copyX: readonly number[];
  /** Left end of the W arrow into copy t (index t − 1 for t ≥ 1); folded: at the first copy. */
  readonly wEdgeX: readonly number[];
  /** Length of a W arrow between two neighbouring copies. */
  readonly gap: number;
  /** Left end of the self-loop (the right side of the folded box). */
  readonly loopX: number;
}

export const UNROLL_MARGIN = 16;
const LOOP_ROOM = 56;
const CELL_WIDTH = 13;
const CELL_HEIGHT = 20;
const BOX_PAD = 8;
const MIN_BOX_WIDTH = 72;
const GAP = 40;

export const UNROLL_ROWS: UnrollRows = {
  output: 14,
  vEnd: 24,
  boxTop: 48,
  boxHeight: 46,
  uStart: 120,
  input: 136,
};

/** Positions of T copies of a cell with `hidden` units, unrolled side by side or folded. */
export function unrollLayout(T: number, hidden: number, unrolled: boolean): UnrollLayout {
  if (!Number.isInteger(T) || T < 1) throw new Error(`unrollLayout: T must be ≥ 1, got ${T}`);
  const boxWidth = Math.max(MIN_BOX_WIDTH, hidden * CELL_WIDTH + 2 * BOX_PAD);
  const spacing = boxWidth + GAP;
  const copyX = Array.from({ length: T }, (_, t) => UNROLL_MARGIN + (unrolled ? t * spacing : 0));
  const wEdgeX = copyX.slice(1).map((_, i) => copyX[i]! + boxWidth);
  const width = unrolled
    ? 2 * UNROLL_MARGIN + T * boxWidth + (T - 1) * GAP
    : 2 * UNROLL_MARGIN + boxWidth + LOOP_ROOM;
  return {
    width,
    height: UNROLL_ROWS.input + 10,
    rows: UNROLL_ROWS,
    boxWidth,
    cellWidth: CELL_WIDTH,
    cellHeight: CELL_HEIGHT,
    copyX,
    wEdgeX,
    gap: GAP,
    loopX: UNROLL_MARGIN + boxWidth,
  };
}

/** Left edge of the cell strip inside a box, so that the strip is centred. */
export function stripOffset(layout: UnrollLayout, hidden: number): number {
  return (layout.boxWidth - hidden * layout.cellWidth) / 2;
}
