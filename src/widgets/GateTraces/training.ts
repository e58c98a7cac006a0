import {
  GATE_TRACE_TASK,
  gateTraceSpec,
  keyRecallSample,
  keyRecallStreams,
} from '../../core/experiments';
import type { SessionConfig } from '../../sim';

/** Training updates the figure runs for (the LSTM answers every query long before, see the test). */
export const TRAIN_STEPS = 1500;
export const BATCH = 8;
/** Training sequences drawn once per seed (each 4 strings). */
const TRAINING_STREAMS = 1000;
/** The stream the heatmaps show: three strings, the same for every seed. */
export const SHOWN_STREAM = keyRecallStreams(1, 2027, { ...GATE_TRACE_TASK, strings: 3 })[0]!;
/** The held-out streams the readout scores. */
export const SCORED_STREAMS = keyRecallStreams(20, 4099);

export interface GateTraceSettings {
  readonly lr: number;
  readonly hidden: number;
  readonly forgetBias: number;
  readonly seed: number;
}

/** The session: the LSTM from the seed's weights, Adam with clipping, on the seed's streams. */
export function gateTraceSessionConfig({
  lr,
  hidden,
  forgetBias,
  seed,
}: GateTraceSettings): SessionConfig {
  return {
    spec: gateTraceSpec(hidden, forgetBias),
    seed,
    train: { optimiser: { kind: 'adam', lr }, clipNorm: 5 },
    data: {
      kind: 'samples',
      samples: keyRecallStreams(TRAINING_STREAMS, seed + 100).map(keyRecallSample),
      order: 'random',
    },
    batchSize: BATCH,
  };
}
