import type { SessionConfig } from '../../sim';
import { TypedArraySessionCore } from '../../sim/typedArraySessionCore';
import { compose, heldOutSamples } from './compose';
import { evaluate, metricKind } from '../../core/experiments';
import { heldOutCount } from './history';
import { playgroundMeta } from './meta';
import type { PlaygroundSettings } from './settings';

/**
 * A preset's run as the page trains it — the composed session on the typed arrays, the metric on
 * the page's held-out sequences — measured at chosen steps, in Node (scripts/measure-presets.ts,
 * presets.test.ts).
 */
export interface Checkpoint {
  /** The held-out metric (evaluate.ts). */
  readonly metric: number;
  /** The loss average the page's loss chart draws (ProgressInfo.lossSmoothed). */
  readonly lossSmoothed: number;
}

export interface PresetMeasure {
  /** Losses of the first three steps: which run this is. */
  readonly firstLosses: readonly number[];
  readonly checkpoints: Readonly<Record<number, Checkpoint>>;
  /**
   * The step from which the smoothed loss stays below `threshold` to the end of the run (the
   * last checkpoint), or null when it is not below there.
   */
  readonly below: { readonly threshold: number; readonly step: number | null } | null;
}

/** Makes the session core that trains (the typed arrays by default; a test passes the wasm one). */
export type SessionCoreMaker = (config: SessionConfig) => TypedArraySessionCore;

export function measurePreset(
  values: Partial<PlaygroundSettings>,
  at: readonly number[],
  threshold: number | null = null,
  makeCore: SessionCoreMaker = (config) => new TypedArraySessionCore(config),
): PresetMeasure {
  const settings = playgroundMeta.props.parse(values);
  const c = compose(settings);
  if (!c.ok) throw new Error(`the preset is refused: ${JSON.stringify(c.problem)}`);
  const samples = heldOutSamples(
    c.task,
    settings.seed,
    heldOutCount(c.parameterCount, c.sampleLength),
  );
  const kind = metricKind(c.task);
  const core = makeCore(c.config);
  const firstLosses: number[] = [];
  const checkpoints: Record<number, Checkpoint> = {};
  let settled: number | null = null;
  const last = Math.max(...at);
  for (let step = 1; step <= last; step++) {
    const outcome = core.step();
    if (outcome.diverged) throw new Error(`step ${step} diverged: ${outcome.diverged}`);
    if (step <= 3) firstLosses.push(outcome.loss);
    const { lossSmoothed } = core.stats();
    if (threshold !== null) settled = lossSmoothed < threshold ? (settled ?? step) : null;
    if (at.includes(step))
      checkpoints[step] = {
        metric: evaluate(c.model, core.getWeights(), samples, kind).metric,
        lossSmoothed,
      };
  }
  return {
    firstLosses,
    checkpoints,
    below: threshold === null ? null : { threshold, step: settled },
  };
}
