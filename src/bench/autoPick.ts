import { createTrainer } from '../core/train';
import { keepOrMove } from '../sim/autoSwitch';
import { resolveConfig } from '../sim/config';
import { EngineTimings, type AutoCandidate } from '../sim/engineTimings';
import { initialWeightsOf } from '../sim/sessionWeights';
import type { SessionConfig } from '../sim/types';
import { wasmTrainers } from '../sim/wasmSessionCore';
import { loadEngineModule } from '../wasm';

/**
 * What the sessions' 'auto' ends up training on for a config (src/sim/autoSwitch.ts): the
 * same measurement (EngineTimings, the same budgets), run to the end here in one go rather
 * than between training slices, and the same rule — the wasm engine, the guess, unless the
 * typed arrays beat it by more than 10%.
 */
export async function autoVerdict(config: SessionConfig) {
  const resolved = resolveConfig(config);
  const loaded = await loadEngineModule();
  const wasm: AutoCandidate = { engine: 'simd', trainers: () => wasmTrainers(resolved, loaded) };
  const typed: AutoCandidate = { engine: 'core', trainers: () => createTrainer };
  const timings = new EngineTimings(
    resolved,
    [wasm, typed],
    initialWeightsOf(resolved),
    performance,
  );
  while (!timings.chunk()) await new Promise((r) => setTimeout(r, 0));
  const rates = timings.rates();
  return { engine: keepOrMove(rates, wasm, [wasm, typed]).engine, rates };
}
