import type { ActivationName } from '../core/activations';
import { clockworkModules, lstmGateRows, type Cell, type LstmSpec } from '../core/cells';
import type { ModelSpec } from '../core/model';
import * as D from './assembly/descriptor';

/**
 * How the wasm engine runs one of the core's cells: which of its kernels (src/wasm/assembly),
 * the option words its descriptor carries, and the floats each step's record and the shared
 * scratch need. Everything is read from the core's own definitions (its module split, gate rows
 * and parameter layout), so the two engines cannot drift apart on the layout.
 */
export interface CellKernel {
  readonly kind: number;
  readonly options: readonly number[];
  readonly recordSize: number;
  readonly scratchSize: number;
}

const ACTIVATIONS: Record<ActivationName, number> = {
  tanh: D.TANH,
  relu: D.RELU,
  sigmoid: D.SIGMOID,
  linear: D.LINEAR,
};

const OUTPUTS: Record<ModelSpec['output'], number> = {
  softmax: D.OUTPUT_SOFTMAX,
  linear: D.OUTPUT_LINEAR,
  sigmoid: D.OUTPUT_SIGMOID,
};

export function cellKernel(spec: ModelSpec, cell: Cell): CellKernel {
  const H = spec.hiddenSize;
  const c = spec.cell;
  switch (c.kind) {
    case 'srn':
      return rnnKernel(H, [1], c.activation);
    case 'clockwork':
      return rnnKernel(H, c.periods, c.activation);
    case 'gru':
      return { kind: D.GRU, options: [], recordSize: 5 * H, scratchSize: 4 * H };
    case 'lstm':
      return lstmKernel(c, cell);
    case 'jordan': {
      const O = spec.outputSize;
      const options = [ACTIVATIONS[c.activation], OUTPUTS[spec.output], O];
      return { kind: D.JORDAN, options, recordSize: O + H, scratchSize: O + H };
    }
  }
}

/** Modules of consecutive units (the core's split), each with its period; an SRN is one module. */
function rnnKernel(H: number, periods: readonly number[], activation: ActivationName): CellKernel {
  const owner = clockworkModules(H, periods.length);
  const starts = periods.map((_, m) => owner.indexOf(m));
  const options = [ACTIVATIONS[activation], periods.length, ...starts, H, ...periods];
  return { kind: D.RNN, options, recordSize: H, scratchSize: H };
}

function lstmKernel(spec: LstmSpec, cell: Cell): CellKernel {
  const H = cell.hiddenSize;
  const rows = lstmGateRows(spec.variant);
  const row = (gate: 'i' | 'f' | 'g' | 'o') => (rows.includes(gate) ? rows.indexOf(gate) * H : -1);
  const offset = (name: string) => cell.layout.blocks.find((b) => b.name === name)?.offset ?? -1;
  const flags =
    (spec.variant === 'niaf' ? D.FLAG_LINEAR_INPUT : 0) |
    (spec.variant === 'noaf' ? D.FLAG_LINEAR_OUTPUT : 0) |
    (spec.variant === 'cifg' ? D.FLAG_COUPLED : 0) |
    (spec.truncatedGradient ? D.FLAG_TRUNCATED : 0);
  const options: number[] = [];
  options[D.LSTM_ROWS] = rows.length * H;
  options[D.LSTM_ROW_I] = row('i');
  options[D.LSTM_ROW_F] = row('f');
  options[D.LSTM_ROW_G] = row('g');
  options[D.LSTM_ROW_O] = row('o');
  options[D.LSTM_PEEP_I] = offset('p_i');
  options[D.LSTM_PEEP_F] = offset('p_f');
  options[D.LSTM_PEEP_O] = offset('p_o');
  options[D.LSTM_WGG] = offset('Wgg');
  options[D.LSTM_FLAGS] = flags;
  // Record: h, c, the four gates' values and tanh c (7H), then the net-input errors the
  // backward step leaves for the sweep's weight gradient (rows). Scratch: the net inputs
  // (up to 4H), then Wgg's products for the i, f, o gates (3H).
  return { kind: D.LSTM, options, recordSize: 7 * H + rows.length * H, scratchSize: 7 * H };
}
