import type { Sample } from '../core/model';
import type { OptimiserSpec, StepReport, TbpttOptions, TrainOptions } from '../core/train';
import type { WasmEngine } from './engine';

/**
 * Training on the wasm engine with the core trainer's rules (src/core/train/trainer.ts): the
 * gradient of a batch summed, its norm per target step reported, then one pass of clipping and
 * the optimiser, all inside the module. A step whose loss or gradient norm is not finite is
 * not applied and is reported as diverged. The weights live in the engine (read them with
 * getParams); the optimiser's moments sit beside them in the same layout.
 */
export interface WasmTrainer {
  /** One update from the summed gradient of a batch of sequences (BPTT). */
  bpttStep(batch: readonly Sample[]): StepReport;
  /** Truncated BPTT(k1, k2) over one sequence: an update after every chunk. */
  tbpttSequence(sample: Sample, options: TbpttOptions): StepReport;
  /** Forgets the optimiser's moments and step count (after the weights are replaced). */
  resetOptimiser(): void;
}

function checkOptimiser(spec: OptimiserSpec): void {
  if (!(spec.lr > 0) || !Number.isFinite(spec.lr))
    throw new Error(`the learning rate must be a positive number, got ${spec.lr}`);
}

function noSuchOptimiser(spec: never): never {
  throw new Error(`the wasm engine has no ${(spec as OptimiserSpec).kind} optimiser`);
}

export function createWasmTrainer(engine: WasmEngine, options: TrainOptions): WasmTrainer {
  const spec = options.optimiser;
  checkOptimiser(spec);
  const wasm = engine.exports;
  const { params, grad, moment1, moment2 } = engine.addresses;
  const P = engine.paramCount;
  let t = 0;

  const optimise = (scale: number): void => {
    t++;
    switch (spec.kind) {
      case 'sgd':
        return wasm.sgdStep(params, grad, P, spec.lr, scale);
      case 'momentum':
      case 'nesterov':
        return wasm.momentumStep(
          params,
          grad,
          moment1,
          P,
          spec.lr,
          spec.momentum,
          scale,
          spec.kind === 'nesterov' ? 1 : 0,
        );
      case 'rmsprop':
        return wasm.rmspropStep(
          params,
          grad,
          moment1,
          P,
          spec.lr,
          spec.decay ?? 0.9,
          spec.eps ?? 1e-8,
          scale,
        );
      case 'adagrad':
        return wasm.adagradStep(params, grad, moment1, P, spec.lr, spec.eps ?? 1e-8, scale);
      case 'adam': {
        const b1 = spec.beta1 ?? 0.9;
        const b2 = spec.beta2 ?? 0.999;
        return wasm.adamStep(
          params,
          grad,
          moment1,
          moment2,
          P,
          spec.lr / (1 - b1 ** t),
          1 / Math.sqrt(1 - b2 ** t),
          b1,
          b2,
          spec.eps ?? 1e-8,
          scale,
        );
      }
      default:
        // A new optimiser in the core fails the type check here until the module has it.
        return noSuchOptimiser(spec);
    }
  };

  /** Checks, clips and applies the gradient summed over `count` target steps. */
  const apply = (count: number, loss: number) => {
    const perStep = count > 0 ? 1 / count : 1;
    const norm = Math.sqrt(wasm.sumSquares(grad, P)) * perStep;
    if (!Number.isFinite(loss) || !Number.isFinite(norm)) return { norm, ok: false };
    let scale = perStep;
    if (options.clipNorm !== undefined && norm > options.clipNorm) scale *= options.clipNorm / norm;
    if (options.clipValue !== undefined) {
      wasm.scaleAndClip(grad, P, scale, options.clipValue);
      scale = 1;
    }
    optimise(scale);
    return { norm, ok: true };
  };

  return {
    bpttStep(batch) {
      engine.zeroGrad();
      let loss = 0;
      let count = 0;
      for (const sample of batch) {
        const r = engine.accumulate(sample);
        loss += r.loss;
        count += r.count;
      }
      const { norm, ok } = apply(count, loss);
      return { loss: loss / Math.max(count, 1), count, gradNorm: norm, diverged: !ok };
    },
    tbpttSequence(sample, { k1, k2 }) {
      if (engine.model.layers.some((l) => l.backward))
        throw new Error('truncated BPTT runs online: bidirectional layers need the whole sequence');
      if (!Number.isInteger(k1) || !Number.isInteger(k2) || k1 < 1 || k2 < k1)
        throw new Error(`truncated BPTT needs integers 1 ≤ k1 ≤ k2, got k1 = ${k1}, k2 = ${k2}`);
      const T = engine.beginOnline(sample);
      let loss = 0;
      let count = 0;
      let chunkLoss = 0;
      let chunkCount = 0;
      let maxNorm = 0;
      let diverged = false;
      for (let step = 0; step < T; step++) {
        const l = engine.onlineStep(step, T);
        if (l !== null) {
          chunkLoss += l;
          chunkCount++;
        }
        if ((step + 1) % k1 !== 0 && step !== T - 1) continue;
        const first = step + 1 - ((step + 1) % k1 || k1);
        loss += chunkLoss;
        count += chunkCount;
        if (!diverged && chunkCount > 0) {
          engine.zeroGrad();
          engine.backward(step + 1, Math.max(0, step + 1 - k2), step + 1, first);
          const r = apply(chunkCount, chunkLoss);
          maxNorm = Math.max(maxNorm, r.norm);
          diverged = !r.ok;
        }
        chunkLoss = 0;
        chunkCount = 0;
      }
      return { loss: loss / Math.max(count, 1), count, gradNorm: maxNorm, diverged };
    },
    resetOptimiser() {
      t = 0;
      wasm.zero(moment1, P);
      wasm.zero(moment2, P);
    },
  };
}
