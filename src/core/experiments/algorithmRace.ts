import { stepCost, type Algorithm, type StepCost } from '../diagnostics/cost';
import { initParams } from '../model/init';
import { bitSrnSpec } from './bitSrnSpec';
import { createModel, type Model } from '../model/model';
import { lossAndGradient, type Sample } from '../model/run';
import { createRng, type Rng } from '../rng';
import { temporalXorTask } from '../tasks/temporalXor';
import type { Task } from '../tasks/types';
import { createEkfTrainer, defaultEkfOptions, type EkfTrainer } from '../train/ekf';
import { rtrlGradient } from '../train/rtrl';
import { createTrainer, type Trainer } from '../train/trainer';

/**
 * Five training algorithms racing on one small SRN and one task (Elman's temporal XOR): BPTT
 * (an update per sequence), truncated BPTT(k, k) (an update every k steps), RTRL (an update at
 * every step; Williams & Zipser 1989) and the extended Kalman filter, global and node-decoupled
 * (Williams 1992; Puskorius & Feldkamp 1994). Every racer starts from the same weights and
 * reads the same sequences, so their curves differ only by the algorithm.
 */
export const RACE_ALGORITHMS: readonly Algorithm[] = ['bptt', 'tbptt', 'rtrl', 'ekf', 'dekf'];

type RaceTask = 'delay' | 'temporalXor';

export interface RaceSettings {
  /** 'delay': report the bit read `lag` steps ago; 'temporalXor': Elman's (1990) bit stream. */
  readonly task: RaceTask;
  /** The delay task's lag. */
  readonly lag: number;
  readonly hidden: number;
  /** Steps per training sequence. */
  readonly length: number;
  /** Learning rate of the gradient methods (SGD). */
  readonly lr: number;
  /** TBPTT's k1 = k2. */
  readonly k: number;
  readonly seed: number;
}

/**
 * The gradient methods' learning rates, scaled so each moves the weights about as far per
 * sequence: BPTT makes one update from the mean gradient of the sequence's L steps, TBPTT one
 * every k steps, RTRL one at every step — so they take lr, lr·k/L and lr/L.
 */
export function scaledRate(algorithm: Algorithm, settings: RaceSettings): number {
  switch (algorithm) {
    case 'tbptt':
      return (settings.lr * Math.min(settings.k, settings.length)) / settings.length;
    case 'rtrl':
      // One update per step with a target.
      return settings.lr / (settings.length - (settings.task === 'delay' ? settings.lag : 0));
    default:
      return settings.lr;
  }
}

const raceSpec = bitSrnSpec;

/** One racer's running totals. */
export interface RacerStats {
  readonly algorithm: Algorithm;
  readonly sequences: number;
  /** Mean loss per step of the latest sequence (binary cross-entropy, nats). */
  readonly loss: number;
  /** Time spent training, ms (measured by the caller's clock). */
  readonly elapsedMs: number;
}

interface Racer {
  readonly algorithm: Algorithm;
  readonly params: Float64Array;
  readonly rng: Rng;
  readonly trainer: Trainer | null;
  readonly ekf: EkfTrainer | null;
  sequences: number;
  loss: number;
  elapsedMs: number;
}

export interface Race {
  readonly model: Model;
  /** Trains `algorithm` on its next sequence; returns the sequence's mean loss per step. */
  step(algorithm: Algorithm, now?: () => number): number;
  stats(): RacerStats[];
  /** One racer's current weights (a copy). */
  weights(algorithm: Algorithm): Float64Array;
}

export function createRace(settings: RaceSettings): Race {
  const model = createModel(raceSpec(settings.hidden));
  const task = raceTask(settings);
  const start = initParams(model, settings.seed);
  const racers = new Map<Algorithm, Racer>(
    RACE_ALGORITHMS.map((algorithm) => {
      const isEkf = algorithm === 'ekf' || algorithm === 'dekf';
      return [
        algorithm,
        {
          algorithm,
          params: start.slice(),
          // Same data seed for everyone: the same sequences in the same order.
          rng: createRng(settings.seed * 7919 + 11),
          trainer: isEkf
            ? null
            : createTrainer(model, {
                optimiser: { kind: 'sgd', lr: scaledRate(algorithm, settings) },
              }),
          ekf: isEkf
            ? createEkfTrainer(model, { ...defaultEkfOptions, decoupled: algorithm === 'dekf' })
            : null,
          sequences: 0,
          loss: NaN,
          elapsedMs: 0,
        },
      ];
    }),
  );
  const racer = (a: Algorithm) => {
    const r = racers.get(a);
    if (!r) throw new Error(`no racer runs ${a}`);
    return r;
  };

  const train = (r: Racer, sample: Sample): number => {
    switch (r.algorithm) {
      case 'bptt':
        return r.trainer!.bpttStep(r.params, [sample]).loss;
      case 'tbptt':
        return r.trainer!.tbpttSequence(r.params, sample, { k1: settings.k, k2: settings.k }).loss;
      case 'rtrl':
        return r.trainer!.rtrlSequence(r.params, sample).loss;
      default: {
        r.ekf!.reset();
        let sum = 0;
        let count = 0;
        sample.inputs.forEach((x, t) => {
          const target = sample.targets[t] ?? null;
          sum += r.ekf!.step(r.params, x, target).loss;
          if (target !== null) count++;
        });
        return sum / Math.max(count, 1);
      }
    }
  };

  return {
    model,
    step(algorithm, now = () => performance.now()) {
      const r = racer(algorithm);
      const sample = task.sample(r.rng);
      const t0 = now();
      const loss = train(r, sample);
      r.elapsedMs += now() - t0;
      r.sequences++;
      r.loss = loss;
      return loss;
    },
    stats: () =>
      RACE_ALGORITHMS.map((a) => {
        const { algorithm, sequences, loss, elapsedMs } = racer(a);
        return { algorithm, sequences, loss, elapsedMs };
      }),
    weights: (a) => racer(a).params.slice(),
  };
}

/**
 * RTRL's and BPTT's gradients of one sequence's loss at the same weights: they are the same
 * quantity computed forwards and backwards in time, so they agree to rounding.
 */
export function gradientAgreement(model: Model, params: Float64Array, sample: Sample) {
  const bptt = lossAndGradient(model, params, sample).grad;
  const rtrl = rtrlGradient(model, params, sample).grad;
  let maxDiff = 0;
  let maxAbs = 0;
  for (let k = 0; k < bptt.length; k++) {
    maxDiff = Math.max(maxDiff, Math.abs(bptt[k]! - rtrl[k]!));
    maxAbs = Math.max(maxAbs, Math.abs(bptt[k]!));
  }
  return { maxDiff, relative: maxDiff / Math.max(maxAbs, 1e-300), norm: Math.hypot(...bptt) };
}

/** The probe sequence the agreement readout uses: fixed by the seed. */
export function probeSequence(settings: RaceSettings): Sample {
  return raceTask(settings).sample(createRng(settings.seed * 31 + 7));
}

/**
 * The race's task. The delay task — a random bit stream, the target at step t the bit of step
 * t − lag — is a short-lag task an SRN learns within a few hundred sequences, so the race shows
 * the algorithms' speeds; temporal XOR is the harder classic, where most stay near chance.
 */
export function raceTask(settings: RaceSettings): Task {
  if (settings.task === 'temporalXor') return temporalXorTask(settings.length);
  const { lag, length } = settings;
  if (!Number.isInteger(lag) || lag < 1 || lag >= length)
    throw new Error(`the delay task needs a lag from 1 to ${length - 1}, got ${lag}`);
  return {
    name: 'delay',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['bit'],
    sample(rng: Rng) {
      const bits = Array.from({ length }, () => (rng.next() < 0.5 ? 1 : 0));
      return {
        inputs: bits.map((b) => Float64Array.of(b)),
        targets: bits.map((_, t) => (t < lag ? null : Float64Array.of(bits[t - lag]!))),
      };
    },
  };
}

/** Counted cost per time step of each algorithm for an SRN of `hidden` units. */
export function costsAt(hidden: number, length: number, k: number): Record<Algorithm, StepCost> {
  const model = createModel(raceSpec(hidden));
  const out = {} as Record<Algorithm, StepCost>;
  for (const a of RACE_ALGORITHMS) out[a] = stepCost(model, a, { T: length, k1: k, k2: k });
  return out;
}
