import type { Model } from '../core/model';
import type { Trainer, TrainOptions } from '../core/train';
import { createWasmEngine, createWasmTrainer, type LoadedEngine } from '../wasm';
import type { ResolvedConfig } from './config';
import { TypedArraySessionCore } from './typedArraySessionCore';

/**
 * A session core that trains on the wasm engine: the typed-array session's guard, counters and
 * save/load (TypedArraySessionCore) over a trainer whose steps run in WebAssembly. The session
 * keeps its float64 weights in the core layout; each step copies them into the module and the
 * result back (about 2 × parameters floats, a few per cent of a step), so divergence checks,
 * checkpoints and a switch to another engine see the same weights every engine uses.
 */
export function createWasmSessionCore(
  resolved: ResolvedConfig,
  loaded: LoadedEngine,
): TypedArraySessionCore {
  return new TypedArraySessionCore(resolved, wasmTrainers(resolved, loaded));
}

/**
 * Makes trainers that run on one wasm engine instance (one per call of this function): what a
 * TypedArraySessionCore needs to train on the wasm engine, from the start or after a switch.
 */
export function wasmTrainers(
  resolved: ResolvedConfig,
  loaded: LoadedEngine,
): (model: Model, options: TrainOptions) => Trainer {
  const engine = createWasmEngine(loaded.module, loaded.flavour, resolved.model.spec);
  return (model, options) => trainerOnWasm(model, options, engine);
}

function trainerOnWasm(
  model: Model,
  options: TrainOptions,
  engine: ReturnType<typeof createWasmEngine>,
): Trainer {
  const trainer = createWasmTrainer(engine, options);
  trainer.resetOptimiser();
  const run = <R>(params: Float64Array, step: () => R): R => {
    engine.setParams(params);
    const report = step();
    engine.readParams(params);
    return report;
  };
  return {
    optimiser: {
      spec: options.optimiser,
      step() {
        throw new Error('the wasm engine applies its optimiser inside its training steps');
      },
      reset: () => trainer.resetOptimiser(),
      saveState: () => trainer.saveOptimiser(),
      loadState: (state) => trainer.loadOptimiser(state),
    },
    bpttStep: (params, batch) => run(params, () => trainer.bpttStep(batch)),
    tbpttSequence: (params, sample, opts) => run(params, () => trainer.tbpttSequence(sample, opts)),
    rtrlSequence() {
      throw new Error(
        `RTRL runs only on the typed-array engine, not on ${model.spec.cell.kind} in WebAssembly`,
      );
    },
  };
}
