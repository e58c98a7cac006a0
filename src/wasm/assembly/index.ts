// The wasm engine's module: every export works on byte addresses in this module's one linear
// memory, which the TypeScript side (src/wasm/engine.ts) lays out from `heapBase()` on. Nothing
// here allocates: the runtime is the stub and no function creates an object.
export { forwardStep, forwardSweep, backwardSweep } from './cells';
export { headForward, headBackward, softmaxLoss, linearLoss, sigmoidLoss } from './head';
export {
  sumSquares,
  scaleAndClip,
  sgdStep,
  momentumStep,
  rmspropStep,
  adagradStep,
  adamStep,
} from './optimise';
export { zero, gemvAdd, gemvTAdd } from './kernels';
export { outerSumAdd } from './outerSum';
export { activateAll } from './step';

/** The first byte after the module's static data: the TypeScript side owns memory from here. */
export function heapBase(): usize {
  return __heap_base;
}
