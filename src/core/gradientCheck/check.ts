import { finiteDifference, relativeError } from '../handmade/gradCheck';
import { forward, lossAndGradient, sequenceLoss } from '../model';
import type { Snapshot } from '../experiments/snapshot';
import { checkBlocks, sampleEntries, type CheckBlock } from './blocks';
import { float32Loss } from './float32Loss';
import { checkProblem, type CheckProblem, type CheckProblemSettings } from './problem';

export interface GradientCheckSettings extends CheckProblemSettings {
  /** The finite-difference step h, the same in both precisions. */
  readonly h: number;
  /** Most entries computed per block; larger blocks are sampled (seeded). */
  readonly perBlock: number;
}

/** One checked entry: ∂E/∂θ_k three ways (the float64 BPTT gradient is the reference). */
export interface CheckedEntry {
  /** Index in the flat parameter vector. */
  readonly k: number;
  readonly row: number;
  readonly col: number;
  readonly bptt: number;
  /** Centred difference of the float64 loss. */
  readonly fd64: number;
  /** Centred difference of the float32 loss, in float32. */
  readonly fd32: number;
}

export interface CheckedBlock extends CheckBlock {
  readonly entries: readonly CheckedEntry[];
}

export interface GradientCheckProgress {
  readonly done: number;
  readonly of: number;
  readonly blocks: readonly CheckedBlock[];
}

export interface GradientCheckResult extends GradientCheckProgress {
  /** E in float64 and in float32 arithmetic. */
  readonly loss64: number;
  readonly loss32: number;
  /** The float64 BPTT gradient of every parameter (tfjs's is compared against it). */
  readonly bptt: Float64Array;
  /** Relative error against h for one typical entry: the step-size trade-off. */
  readonly sweep: StepSweep;
}

export interface StepSweep {
  readonly k: number;
  readonly label: string;
  readonly bptt: number;
  readonly hs: readonly number[];
  readonly fd64: readonly number[];
  readonly fd32: readonly number[];
}

/** Steps of the sweep: 10^−1 to 10^−12 in half decades. */
export const SWEEP_STEPS: readonly number[] = Array.from(
  { length: 23 },
  (_, i) => 10 ** (-1 - i / 2),
);

/** The check's two losses as functions of the perturbed parameter vectors. */
export function checkLosses(problem: CheckProblem) {
  const theta64 = problem.params.slice();
  const theta32 = Float32Array.from(problem.params);
  const { model, sample } = problem;
  const loss64 = () =>
    sequenceLoss(model, forward(model, theta64, sample.inputs), sample.targets).loss;
  const loss32 = () => float32Loss(problem, theta32);
  return { theta64, theta32, loss64, loss32 };
}

/**
 * ∂f/∂θ_k by centred differences in float32: θ_k ± h stored in float32, f computed in float32,
 * the quotient rounded to float32 — a float32 program's own check.
 */
export function finiteDifference32(
  f: () => number,
  theta: Float32Array,
  k: number,
  h: number,
): number {
  const r = Math.fround;
  const keep = theta[k]!;
  theta[k] = keep + h;
  const up = f();
  theta[k] = keep - h;
  const down = f();
  theta[k] = keep;
  return r(r(up - down) / r(2 * h));
}

/**
 * The check, a checked entry per pause point: for every block's (sampled) entries, the BPTT
 * gradient beside centred differences of the loss in float64 and in float32; then the step
 * sweep on the entry whose gradient is the median in size.
 */
export function* gradientCheckSteps(
  s: GradientCheckSettings,
): Generator<Snapshot<GradientCheckProgress>, GradientCheckResult, void> {
  const problem = checkProblem(s);
  const { grad } = lossAndGradient(problem.model, problem.params, problem.sample);
  const losses = checkLosses(problem);
  const plan = checkBlocks(problem).map((block) => ({
    block,
    ks: sampleEntries(problem, block, s.perBlock, s.seed),
  }));
  const of = plan.reduce((n, p) => n + p.ks.length, 0);
  const blocks: CheckedBlock[] = plan.map((p) => ({ ...p.block, entries: [] }));
  let done = 0;
  const snapshot = () => ({
    done,
    of,
    blocks: blocks.map((b) => ({ ...b, entries: [...b.entries] })),
  });
  yield snapshot;
  for (const [b, { block, ks }] of plan.entries()) {
    const entries = blocks[b]!.entries as CheckedEntry[];
    for (const k of ks) {
      const within = k - block.offset;
      entries.push({
        k,
        row: Math.floor(within / block.cols),
        col: within % block.cols,
        bptt: grad[k]!,
        fd64: finiteDifference(losses.loss64, losses.theta64, k, s.h),
        fd32: finiteDifference32(losses.loss32, losses.theta32, k, s.h),
      });
      done++;
      yield snapshot;
    }
  }
  const sweep = stepSweep(problem, blocks, grad);
  return {
    done,
    of,
    blocks,
    loss64: losses.loss64(),
    loss32: losses.loss32(),
    bptt: grad,
    sweep,
  };
}

/** Runs the whole check at once (tests, and the e2e's expectations). */
export function gradientCheck(s: GradientCheckSettings): GradientCheckResult {
  const steps = gradientCheckSteps(s);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The relative error of FD64 and FD32 against BPTT over SWEEP_STEPS, for the median-size entry. */
export function stepSweep(
  problem: CheckProblem,
  blocks: readonly CheckedBlock[],
  grad: Float64Array,
): StepSweep {
  const candidates = blocks
    .flatMap((b) => b.entries.map((e) => ({ b, e })))
    .filter(({ e }) => e.bptt !== 0)
    .sort((x, y) => Math.abs(x.e.bptt) - Math.abs(y.e.bptt));
  const pick = candidates[Math.floor(candidates.length / 2)];
  if (!pick) return { k: -1, label: '', bptt: 0, hs: [], fd64: [], fd32: [] };
  const { k, row, col } = pick.e;
  const losses = checkLosses(problem);
  const rel = (v: number) => relativeError(v, grad[k]!);
  return {
    k,
    label: `${pick.b.label}[${row}, ${col}]`,
    bptt: grad[k]!,
    hs: SWEEP_STEPS,
    fd64: SWEEP_STEPS.map((h) => rel(finiteDifference(losses.loss64, losses.theta64, k, h))),
    fd32: SWEEP_STEPS.map((h) => rel(finiteDifference32(losses.loss32, losses.theta32, k, h))),
  };
}
