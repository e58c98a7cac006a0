import {
  defaultEsnConfig,
  esnLayout,
  validateEsnConfig,
  type EsnBlock,
  type EsnConfig,
} from '../../../core/esn';
import { createTask, type Task } from '../../../core/tasks';
import { defaultDataSeed } from '../../../sim/config';
import {
  heldOutSamples,
  MAX_STEP_WORK,
  parseTaskParams,
  type Problem,
  type TaskParamValue,
} from '../compose';
import type { PlaygroundSettings } from '../settings';

/**
 * The Playground's settings as an echo state network (src/core/esn), or the reason they cannot
 * be one. The network reads the task's inputs (no output feedback: the tasks give no teacher
 * signal at every step); its readout is linear and fitted by ridge regression, so only the
 * 'ridge' algorithm and a linear head apply. Every ESN number goes through the core's
 * validateEsnConfig; the page adds a budget for a step's work.
 */
export interface EsnComposed {
  readonly ok: true;
  readonly config: EsnConfig;
  readonly task: Task;
  readonly taskRef: { readonly name: string; readonly params: Record<string, TaskParamValue> };
  readonly dataSeed: number;
  readonly layout: readonly EsnBlock[];
  /** Entries of the trained readout W_out. */
  readonly trained: number;
  /** Entries of the fixed W_in and W as stored (W is sparse: about (1 − sparsity) N² nonzero). */
  readonly fixed: number;
  readonly sampleLength: number;
}
export type EsnComposition = EsnComposed | { readonly ok: false; readonly problem: Problem };

const refuse = (problem: Problem): EsnComposition => ({ ok: false, problem });
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The first step with a target at or after `washout` in `targets`, or −1. */
const firstFitted = (targets: readonly unknown[], washout: number) => {
  for (let t = washout; t < targets.length; t++) if (targets[t] !== null) return t;
  return -1;
};

export function composeEsn(s: PlaygroundSettings): EsnComposition {
  if (s.algorithm !== 'ridge') return refuse({ kind: 'esnAlgorithm', algorithm: s.algorithm });
  if (s.head === 'softmax' || s.head === 'sigmoid')
    return refuse({ kind: 'esnHead', head: s.head });
  const parsed = parseTaskParams(s.task, s.taskParams);
  if ('problem' in parsed) return refuse(parsed.problem);
  let task: Task;
  let samples;
  try {
    task = createTask(s.task, parsed.params);
    samples = heldOutSamples(task, s.seed, 3);
  } catch (e) {
    return refuse({ kind: 'engine', part: 'task', message: messageOf(e) });
  }
  const config: EsnConfig = {
    ...defaultEsnConfig,
    inputSize: task.inputSize,
    outputSize: task.outputSize,
    reservoirSize: s.esnSize,
    spectralRadius: s.esnRho,
    sparsity: s.esnSparsity,
    inputScaling: s.esnInputScaling,
    leakRate: s.esnLeak,
    washout: s.esnWashout,
    ridge: s.esnRidge,
    outputFeedback: false,
    seed: s.seed,
  };
  try {
    validateEsnConfig(config);
  } catch (e) {
    return refuse({ kind: 'engine', part: 'model', message: messageOf(e) });
  }
  if (samples.every((sample) => firstFitted(sample.targets, s.esnWashout) < 0))
    return refuse({
      kind: 'esnWashout',
      washout: s.esnWashout,
      first: Math.min(...samples.map((sample) => firstFitted(sample.targets, 0))),
    });
  const sampleLength = Math.max(...samples.map((sample) => sample.inputs.length));
  const layout = esnLayout(config);
  const size = (b: EsnBlock) => b.rows * b.cols;
  const trained = layout.filter((b) => b.trained).reduce((n, b) => n + size(b), 0);
  const fixed = layout.filter((b) => !b.trained).reduce((n, b) => n + size(b), 0);
  // A step drives `batch` sequences: per time step the sparse W, the input weights and the
  // readout's d × d sums (d = 1 + K + N).
  const d = 1 + config.inputSize + config.reservoirSize;
  const nonzero = (1 - config.sparsity) * config.reservoirSize ** 2;
  const work = s.batch * sampleLength * (nonzero + config.reservoirSize * d + d * d);
  if (work > MAX_STEP_WORK)
    return refuse({ kind: 'tooBig', what: 'work', value: work, limit: MAX_STEP_WORK });
  return {
    ok: true,
    config,
    task,
    taskRef: { name: s.task, params: parsed.params },
    dataSeed: defaultDataSeed(s.seed),
    layout,
    trained,
    fixed,
    sampleLength,
  };
}
