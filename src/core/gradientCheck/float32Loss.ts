import { clockworkModules } from '../cells/srn';
import type { Sample } from '../model';
import type { CheckProblem } from './problem';

/**
 * The check's loss computed as a float32 program computes it: weights, inputs and every
 * intermediate result rounded to float32 (Math.fround after each operation, no fused
 * multiply-add). An independent forward pass of the four cells with the core engine's equations
 * (srn.ts, gru.ts, lstm.ts) and a softmax cross-entropy head, summed over the window in nats.
 */
const r = Math.fround;
const sigmoid32 = (a: number) => r(1 / r(1 + r(Math.exp(-a))));
const tanh32 = (a: number) => r(Math.tanh(a));

/** out[i] = b[i] + Σ_j M[i, j] v[j] in float32, M row-major at `off` (rows × cols). */
function affine32(
  p: Float32Array,
  off: number,
  rows: number,
  cols: number,
  v: Float32Array,
  out: Float32Array,
) {
  for (let i = 0; i < rows; i++) {
    let acc = out[i]!;
    for (let j = 0; j < cols; j++) acc = r(acc + r(p[off + i * cols + j]! * v[j]!));
    out[i] = acc;
  }
}

/** −ln softmax(z)_d in float32, by the max-shifted log-sum-exp. */
function crossEntropy32(z: Float32Array, d: number): number {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (const v of z) sum = r(sum + r(Math.exp(r(v - max))));
  return r(r(max + r(Math.log(sum))) - z[d]!);
}

type Step32 = (p: Float32Array, x: Float32Array, state: Float32Array, t: number) => Float32Array;

function stepOf(problem: CheckProblem): { step: Step32; stateSize: number } {
  const { spec } = problem;
  const H = spec.hiddenSize;
  const I = spec.inputSize;
  const cell = spec.cell;
  if (cell.kind === 'srn' || cell.kind === 'clockwork') {
    const owner = cell.kind === 'clockwork' ? clockworkModules(H, cell.periods.length) : null;
    const periods = cell.kind === 'clockwork' ? cell.periods : [1];
    // U (H × I), W (H × H), b: the clockwork W's frozen entries are zeros in p.
    return {
      stateSize: H,
      step(p, x, s, t) {
        const a = p.slice(H * I + H * H, H * I + H * H + H);
        affine32(p, 0, H, I, x, a);
        affine32(p, H * I, H, H, s, a);
        return a.map((v, i) => (t % periods[owner ? owner[i]! : 0]! === 0 ? tanh32(v) : s[i]!));
      },
    };
  }
  if (cell.kind === 'gru') {
    // Wx (3H × I), Wh (3H × H), b (3H): gate rows z, r, c.
    const offWh = 3 * H * I;
    const offB = offWh + 3 * H * H;
    const pre = (p: Float32Array, gate: number, x: Float32Array, h: Float32Array) => {
      const a = p.slice(offB + gate * H, offB + (gate + 1) * H);
      affine32(p, gate * H * I, H, I, x, a);
      affine32(p, offWh + gate * H * H, H, H, h, a);
      return a;
    };
    return {
      stateSize: H,
      step(p, x, s) {
        const z = pre(p, 0, x, s).map(sigmoid32);
        const rg = pre(p, 1, x, s).map(sigmoid32);
        const rs = rg.map((v, i) => r(v * s[i]!));
        const c = pre(p, 2, x, rs).map(tanh32);
        return c.map((v, i) => r(r(r(1 - z[i]!) * v) + r(z[i]! * s[i]!)));
      },
    };
  }
  if (cell.kind === 'lstm') {
    // Wx (4H × I), Wh (4H × H), b (4H): gate rows i, f, g, o; state [h; c].
    const offWh = 4 * H * I;
    const offB = offWh + 4 * H * H;
    return {
      stateSize: 2 * H,
      step(p, x, s) {
        const a = p.slice(offB, offB + 4 * H);
        affine32(p, 0, 4 * H, I, x, a);
        affine32(p, offWh, 4 * H, H, s.subarray(0, H), a);
        const next = new Float32Array(2 * H);
        for (let j = 0; j < H; j++) {
          const c = r(
            r(sigmoid32(a[H + j]!) * s[H + j]!) + r(sigmoid32(a[j]!) * tanh32(a[2 * H + j]!)),
          );
          next[j] = r(sigmoid32(a[3 * H + j]!) * tanh32(c));
          next[H + j] = c;
        }
        return next;
      },
    };
  }
  throw new Error(`the float32 check does not run ${cell.kind} cells`);
}

/** The window's summed cross-entropy, in float32 arithmetic, at the float32 weights `p`. */
export function float32Loss(
  problem: CheckProblem,
  p: Float32Array,
  sample: Sample = problem.sample,
): number {
  const { spec, model } = problem;
  const H = spec.hiddenSize;
  const O = spec.outputSize;
  const head = model.head!.offset;
  const { step, stateSize } = stepOf(problem);
  let state: Float32Array = new Float32Array(stateSize);
  let loss = 0;
  sample.inputs.forEach((x, t) => {
    state = step(p, Float32Array.from(x), state, t);
    const target = sample.targets[t];
    if (typeof target !== 'number') return;
    const z = p.slice(head + O * H, head + O * H + O);
    affine32(p, head, O, H, state.subarray(0, H), z);
    loss = r(loss + crossEntropy32(z, target));
  });
  return loss;
}
