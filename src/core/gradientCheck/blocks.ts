import { createRng } from '../rng';
import type { CheckProblem } from './problem';

/** One block the check reports on: an engine block, or one gate's rows of a GRU/LSTM block. */
export interface CheckBlock {
  /** What the figure prints: U, W, b, V, c, or Wx·z, Wh·f, b·o … for gated cells. */
  readonly label: string;
  /** Index of the block's first entry in the flat parameter vector. */
  readonly offset: number;
  readonly rows: number;
  readonly cols: number;
  /** Entries that are parameters (a clockwork W's structural zeros are not). */
  readonly trainable: number;
}

/** Gate names in the engine's row order (gru.ts: z, r, candidate; lstm.ts: i, f, g, o). */
const GATES: Record<string, readonly string[]> = {
  gru: ['z', 'r', 's̃'],
  lstm: ['i', 'f', 'g', 'o'],
};

/** The engine's blocks in layout order, gated blocks cut into one block per gate. */
export function checkBlocks(problem: CheckProblem): CheckBlock[] {
  const { model } = problem;
  const gates = GATES[model.spec.cell.kind];
  const trainableIn = (offset: number, size: number) => {
    let n = 0;
    for (let k = offset; k < offset + size; k++) if (!model.frozen?.[k]) n++;
    return n;
  };
  return model.layout.blocks.flatMap((b) => {
    const name = b.name.slice(b.name.lastIndexOf('.') + 1);
    const head = b.name.startsWith('head.');
    if (head || !gates) {
      return [
        {
          label: name,
          offset: b.offset,
          rows: b.rows,
          cols: b.cols,
          trainable: trainableIn(b.offset, b.rows * b.cols),
        },
      ];
    }
    const rows = b.rows / gates.length;
    return gates.map((gate, g) => {
      const offset = b.offset + g * rows * b.cols;
      return {
        label: `${name}·${gate}`,
        offset,
        rows,
        cols: b.cols,
        trainable: trainableIn(offset, rows * b.cols),
      };
    });
  });
}

/**
 * The flat indices the check computes for a block: all its trainable entries when there are at
 * most `most`, otherwise `most` of them drawn at random (seeded), in order.
 */
export function sampleEntries(
  problem: CheckProblem,
  block: CheckBlock,
  most: number,
  seed: number,
): number[] {
  const all: number[] = [];
  for (let k = block.offset; k < block.offset + block.rows * block.cols; k++)
    if (!problem.model.frozen?.[k]) all.push(k);
  if (all.length <= most) return all;
  const rng = createRng(seed * 31 + block.offset);
  // A partial Fisher–Yates shuffle: the first `most` places are a uniform sample.
  for (let i = 0; i < most; i++) {
    const j = i + Math.floor(rng.next() * (all.length - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, most).sort((a, b) => a - b);
}
