import type { Model, Sample } from '../core/model';
import type { WasmFlavour } from './detect';
import type { EngineExports } from './exports';
import { planMemory, type MemoryPlan } from './plan';

/**
 * One model on the wasm engine: its weights, gradient and every per-step record in one
 * module instance's linear memory (float32), laid out by planMemory. The forward pass and
 * BPTT run one fused kernel per cell per time step (a sweep over the sequence is one call);
 * the head and loss one call per step. Nothing
 * is allocated while training: samples are copied into fixed buffers and every address is a
 * number computed from the plan.
 *
 * Weights come in and go out in the core's flat layout (float64 outside, float32 inside), so a
 * model moves between engines and into the shared save format unchanged but for float32
 * rounding.
 */
export class WasmEngine {
  readonly model: Model;
  readonly flavour: WasmFlavour;
  private readonly wasm: EngineExports;
  private plan: MemoryPlan;
  private f32 = new Float32Array(0);
  private i32 = new Int32Array(0);
  /** Each step's loss (float64), valid where the step has a target. */
  private stepLoss = new Float64Array(0);

  constructor(wasm: EngineExports, model: Model, flavour: WasmFlavour, steps = 32) {
    this.wasm = wasm;
    this.model = model;
    this.flavour = flavour;
    this.plan = planMemory(model, steps, wasm.heapBase());
    this.fitMemory();
  }

  get paramCount(): number {
    return this.plan.paramCount;
  }

  /** Byte addresses of the parameters, gradient and optimiser moments (for the trainer). */
  get addresses(): Pick<MemoryPlan, 'params' | 'grad' | 'moment1' | 'moment2'> {
    return this.plan;
  }

  get exports(): EngineExports {
    return this.wasm;
  }

  private fitMemory(): void {
    const memory = this.wasm.memory;
    const short = this.plan.end - memory.buffer.byteLength;
    if (short > 0) memory.grow(Math.ceil(short / 65536));
    this.f32 = new Float32Array(memory.buffer);
    this.i32 = new Int32Array(memory.buffer);
    this.stepLoss = new Float64Array(this.plan.steps);
    for (const layer of this.plan.layers)
      for (const cell of layer.cells) this.i32.set(cell.words, cell.descriptor >> 2);
  }

  /** Room for sequences of T steps. The parameters, gradient and moments stay where they are. */
  private ensureSteps(T: number): void {
    if (T <= this.plan.steps) return;
    this.plan = planMemory(this.model, Math.max(T, 2 * this.plan.steps), this.wasm.heapBase());
    this.fitMemory();
  }

  setParams(weights: ArrayLike<number>): void {
    if (weights.length !== this.plan.paramCount)
      throw new Error(`expected ${this.plan.paramCount} parameters, got ${weights.length}`);
    this.f32.set(weights, this.plan.params >> 2);
  }

  getParams(): Float64Array {
    return this.read(this.plan.params);
  }

  /** Copies the parameters into `into` (the core layout), allocating nothing. */
  readParams(into: Float64Array): void {
    const from = this.plan.params >> 2;
    into.set(this.f32.subarray(from, from + this.plan.paramCount));
  }

  getGrad(): Float64Array {
    return this.read(this.plan.grad);
  }

  private read(address: number): Float64Array {
    const from = address >> 2;
    return Float64Array.from(this.f32.subarray(from, from + this.plan.paramCount));
  }

  zeroGrad(): void {
    this.wasm.zero(this.plan.grad, this.plan.paramCount);
  }

  /** Forward and full BPTT over one sequence, adding its gradient to the engine's gradient. */
  accumulate(sample: Sample): { loss: number; count: number } {
    const T = this.load(sample);
    for (const layer of this.plan.layers)
      for (const cell of layer.cells) this.wasm.forwardSweep(cell.descriptor, T);
    let loss = 0;
    let count = 0;
    for (let t = 0; t < T; t++) {
      if (!this.headForward(t)) continue;
      loss += this.stepLoss[t]!;
      count++;
    }
    this.backward(T, 0, T, 0);
    return { loss, count };
  }

  /** The loss and its gradient (in the core layout) of one sequence, the weights unchanged. */
  lossAndGradient(sample: Sample): { loss: number; count: number; grad: Float64Array } {
    this.zeroGrad();
    const result = this.accumulate(sample);
    return { ...result, grad: this.getGrad() };
  }

  /** Copies a sequence into memory for the online (truncated) pass; returns its length. */
  beginOnline(sample: Sample): number {
    return this.load(sample);
  }

  /** Step t of every layer and the head; returns the step's loss, or null without a target. */
  onlineStep(t: number, T: number): number | null {
    for (const layer of this.plan.layers) this.wasm.forwardStep(layer.cells[0]!.descriptor, t, T);
    return this.headForward(t) ? this.stepLoss[t]! : null;
  }

  /**
   * Backpropagates the errors of steps [headFrom, to) through steps [from, to) of a sequence
   * of T steps run so far, adding into the gradient (truncated BPTT's chunk; BPTT is 0, T, 0).
   */
  backward(T: number, from: number, to: number, headFrom: number): void {
    const { plan, wasm } = this;
    const layers = plan.layers;
    for (const layer of layers) wasm.zero(layer.dOuts, T * layer.outputSize);
    const top = layers[layers.length - 1]!;
    const O = this.model.spec.outputSize;
    const K = top.outputSize;
    const head = this.model.head;
    const V = head ? plan.params + head.offset * 4 : 0;
    const gV = head ? plan.grad + head.offset * 4 : 0;
    for (let t = headFrom; t < to; t++) {
      const dz = plan.dLogits + t * O * 4;
      if (this.i32[(plan.targetIndex >> 2) + t]! < 0) {
        // No loss here: a zero error, so the sum over steps below adds nothing for it.
        if (head) wasm.zero(dz, O);
        continue;
      }
      if (head) wasm.headBackward(V, gV, O, K, dz, top.dOuts + t * K * 4);
      // A Jordan model's logits are its layer's outputs: their errors are the loss's.
      else this.f32.copyWithin((top.dOuts >> 2) + t * O, dz >> 2, (dz >> 2) + O);
    }
    // ∂E/∂V = Σ_t dz_t h_tᵀ over the steps, as one product.
    if (head && to > headFrom)
      wasm.outerSumAdd(
        gV,
        O,
        K,
        plan.dLogits + headFrom * O * 4,
        O,
        top.outs + headFrom * K * 4,
        K,
        to - headFrom,
      );
    for (let l = layers.length - 1; l >= 0; l--) {
      for (const cell of layers[l]!.cells) wasm.backwardSweep(cell.descriptor, T, from, to);
    }
  }

  /** Logits of step t and, where it has a target, its loss (into stepLoss) and ∂E/∂z. */
  private headForward(t: number): boolean {
    const { plan, wasm } = this;
    const top = plan.layers[plan.layers.length - 1]!;
    const O = this.model.spec.outputSize;
    const K = top.outputSize;
    const z = plan.logits + t * O * 4;
    const { head } = this.model;
    if (head) wasm.headForward(plan.params + head.offset * 4, O, K, top.outs + t * K * 4, z);
    const target = this.i32[(plan.targetIndex >> 2) + t]!;
    if (target < 0) return false;
    const dz = plan.dLogits + t * O * 4;
    const output = this.model.spec.output;
    const d = plan.targetVectors + t * O * 4;
    this.stepLoss[t] =
      output === 'softmax'
        ? wasm.softmaxLoss(z, O, target, dz)
        : output === 'linear'
          ? wasm.linearLoss(z, O, d, dz)
          : wasm.sigmoidLoss(z, O, d, dz);
    return true;
  }

  /** Copies a sample's inputs and targets into memory (checking their shapes); returns T. */
  private load(sample: Sample): number {
    const T = sample.inputs.length;
    if (sample.targets.length !== T) throw new Error('one target (or null) per step');
    this.ensureSteps(T);
    const { spec } = this.model;
    const I = spec.inputSize;
    const O = spec.outputSize;
    const { f32, i32, plan } = this;
    for (let t = 0; t < T; t++) {
      const x = sample.inputs[t]!;
      if (x.length !== I) throw new Error(`input ${t} has ${x.length} entries, the model ${I}`);
      const base = (plan.inputs >> 2) + t * I;
      let nonZero = 0;
      let j = -1;
      for (let k = 0; k < I; k++) {
        const v = x[k]!;
        f32[base + k] = v;
        if (v !== 0) {
          nonZero++;
          j = k;
        }
      }
      i32[(plan.inputIndex >> 2) + t] = nonZero === 1 ? j : -1;
      const target = sample.targets[t];
      const slot = (plan.targetIndex >> 2) + t;
      if (target === null || target === undefined) {
        i32[slot] = -1;
      } else if (spec.output === 'softmax') {
        if (typeof target !== 'number' || !Number.isInteger(target) || target < 0 || target >= O)
          throw new Error(`softmax target must be a class index in 0..${O - 1}`);
        i32[slot] = target;
      } else {
        if (typeof target === 'number' || target.length !== O)
          throw new Error(`${spec.output} target must be a vector of ${O}`);
        f32.set(target, (plan.targetVectors >> 2) + t * O);
        i32[slot] = 1;
      }
    }
    return T;
  }
}
