import { sigmoid } from '../cells/kernels';
import type { Model } from '../model/model';
import { block, blockView } from '../params';

/**
 * An independent, deliberately plain reading of Greff et al. (2017)'s equations for a
 * one-layer unidirectional LSTM model with a head, for the tests: weights looked up by block
 * name, one unit and one sum at a time. Not used by the engine.
 *
 * Every net input reads the previous output h_{t−1}, the cell state (peepholes) and, for fgr,
 * the previous gates. `held` replaces those reads by recorded values: the loss then depends on
 * the weights only through the paths the 1997 truncated gradient keeps, so its finite
 * differences define that gradient.
 */
export interface NetInputReads {
  readonly h: Float64Array[];
  readonly cPrev: Float64Array[];
  readonly cNow: Float64Array[];
  readonly gates: Float64Array[];
}

export function referenceRun(
  model: Model,
  params: Float64Array,
  inputs: readonly Float64Array[],
  held?: NetInputReads,
): { states: Float64Array[]; logits: Float64Array[]; reads: NetInputReads } {
  const { cell } = model.spec;
  if (cell.kind !== 'lstm' || model.layers.length !== 1 || model.spec.bidirectional)
    throw new Error('the reference runs one unidirectional LSTM layer');
  const variant = cell.variant ?? 'standard';
  const H = model.spec.hiddenSize;
  const I = model.spec.inputSize;
  const O = model.spec.outputSize;
  const has = (name: string) => model.layout.blocks.some((b) => b.name === name);
  const read = (name: string) => blockView(params, block(model.layout, name));
  const Wx = read('l0.fwd.Wx');
  const Wh = read('l0.fwd.Wh');
  const b = read('l0.fwd.b');
  const Wgg = has('l0.fwd.Wgg') ? read('l0.fwd.Wgg') : null;
  const V = read('head.V');
  const hc = read('head.c');
  const rows = (['i', 'f', 'g', 'o'] as const).filter(
    (g) =>
      !(
        (variant === 'nig' && g === 'i') ||
        ((variant === 'nfg' || variant === 'cifg') && g === 'f') ||
        (variant === 'nog' && g === 'o')
      ),
  );
  const reads: NetInputReads = { h: [], cPrev: [], cNow: [], gates: [] };
  let h = new Float64Array(H);
  let c = new Float64Array(H);
  let gatesPrev = new Float64Array(3 * H);
  const states: Float64Array[] = [];
  const logits: Float64Array[] = [];
  inputs.forEach((x, t) => {
    const hRead = held ? held.h[t]! : h;
    const cRead = held ? held.cPrev[t]! : c;
    const gRead = held ? held.gates[t]! : gatesPrev;
    reads.h.push(h);
    reads.cPrev.push(c);
    reads.gates.push(gatesPrev);
    const net = (gate: 'i' | 'f' | 'g' | 'o', j: number, cPeep: Float64Array) => {
      const r = rows.indexOf(gate) * H + j;
      let s = b[r]!;
      for (let m = 0; m < I; m++) s += Wx[r * I + m]! * x[m]!;
      for (let m = 0; m < H; m++) s += Wh[r * H + m]! * hRead[m]!;
      const k = ['i', 'f', 'o'].indexOf(gate);
      if (Wgg && k >= 0)
        for (let m = 0; m < 3 * H; m++) s += Wgg[(k * H + j) * 3 * H + m]! * gRead[m]!;
      if (gate !== 'g' && has(`l0.fwd.p_${gate}`)) s += read(`l0.fwd.p_${gate}`)[j]! * cPeep[j]!;
      return s;
    };
    const cNew = new Float64Array(H);
    const hNew = new Float64Array(H);
    const gatesNew = new Float64Array(3 * H);
    const cNowRead = held ? held.cNow[t]! : cNew;
    for (let j = 0; j < H; j++) {
      const input = variant === 'nig' ? 1 : sigmoid(net('i', j, cRead));
      const forget =
        variant === 'nfg' ? 1 : variant === 'cifg' ? 1 - input : sigmoid(net('f', j, cRead));
      const z = variant === 'niaf' ? net('g', j, cRead) : Math.tanh(net('g', j, cRead));
      cNew[j] = z * input + c[j]! * forget;
      gatesNew[j] = input;
      gatesNew[H + j] = forget;
    }
    for (let j = 0; j < H; j++) {
      const output = variant === 'nog' ? 1 : sigmoid(net('o', j, cNowRead));
      hNew[j] = (variant === 'noaf' ? cNew[j]! : Math.tanh(cNew[j]!)) * output;
      gatesNew[2 * H + j] = output;
    }
    reads.cNow.push(cNew);
    const z = new Float64Array(O);
    for (let k = 0; k < O; k++) {
      let s = hc[k]!;
      for (let m = 0; m < H; m++) s += V[k * H + m]! * hNew[m]!;
      z[k] = s;
    }
    logits.push(z);
    states.push(Float64Array.from([...hNew, ...cNew, ...(Wgg ? gatesNew : [])]));
    h = hNew;
    c = cNew;
    gatesPrev = gatesNew;
  });
  return { states, logits, reads };
}
