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
  /** The first step whose smoothed loss is below `threshold`, or null within the run. */
  readonly below: { readonly threshold: number; readonly step: number | null } | null;
}

export function measurePreset(
  values: Partial<PlaygroundSettings>,
  at: readonly number[],
  threshold: number | null = null,
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
  const core = new TypedArraySessionCore(c.config);
  const firstLosses: number[] = [];
  const checkpoints: Record<number, Checkpoint> = {};
  let crossed: number | null = null;
  const last = Math.max(...at);
  for (let step = 1; step <= last; step++) {
    const outcome = core.step();
    if (outcome.diverged) throw new Error(`step ${step} diverged: ${outcome.diverged}`);
    if (step <= 3) firstLosses.push(outcome.loss);
    const { lossSmoothed } = core.stats();
    if (threshold !== null && crossed === null && lossSmoothed < threshold) crossed = step;
    if (at.includes(step))
      checkpoints[step] = {
        metric: evaluate(c.model, core.getWeights(), samples, kind).metric,
        lossSmoothed,
      };
  }
  return {
    firstLosses,
    checkpoints,
    below: threshold === null ? null : { threshold, step: crossed },
  };
}
