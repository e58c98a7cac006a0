// Every cell's time steps behind one entry point each: a forward step, and forward and backward
// sweeps over a sequence, for the cell whose descriptor (descriptor.ts) is at `c`. Each cell
// kind has the same equations and parameter layout as src/core/cells, in float32, one fused call
// per time step over linear memory.
import { GRU, JORDAN, KIND, LSTM, REVERSED, STATE_SIZE } from './descriptor';
import { gruBackward, gruForward } from './gru';
import { jordanBackward, jordanForward } from './jordan';
import { zero } from './kernels';
import { lstmBackward, lstmForward, lstmWeightGradient } from './lstm';
import { rnnBackward, rnnForward } from './rnn';
import { enter, Step, word } from './step';

/** Step t of a sequence of T steps (the steps before it already run). */
export function forwardStep(c: usize, t: i32, T: i32): void {
  const s = enter(c, t, T);
  const kind = word(c, KIND);
  if (kind == LSTM) lstmForward(s);
  else if (kind == GRU) gruForward(s);
  else if (kind == JORDAN) jordanForward(s);
  else rnnForward(s);
}

/** Every step of a sequence of T steps, in the cell's direction. */
export function forwardSweep(c: usize, T: i32): void {
  const back = word(c, REVERSED) != 0;
  for (let k = 0; k < T; k++) forwardStep(c, back ? T - 1 - k : k, T);
}

function backwardStep(s: Step, kind: i32): void {
  if (kind == LSTM) lstmBackward(s);
  else if (kind == GRU) gruBackward(s);
  else if (kind == JORDAN) jordanBackward(s);
  else rnnBackward(s);
}

/**
 * Backpropagates through steps [from, to) of a sequence of T steps, against the cell's
 * direction, from a zero error on the last state: adds into the gradient and into the inputs'
 * gradients (the layer below's output errors). The layer's output errors must be in place.
 */
export function backwardSweep(c: usize, T: i32, from: i32, to: i32): void {
  const back = word(c, REVERSED) != 0;
  const kind = word(c, KIND);
  let s = enter(c, 0, T);
  let dState = s.dState;
  let dPrev = s.dPrev;
  zero(dState, word(c, STATE_SIZE));
  for (let k = 0; k < T; k++) {
    const t = back ? k : T - 1 - k;
    if (t < from || t >= to) continue;
    s = enter(c, t, T);
    s.dState = dState;
    s.dPrev = dPrev;
    backwardStep(s, kind);
    dState = dPrev;
    dPrev = s.dState;
  }
  // The LSTM sums its recurrent weights' gradient over the sweep in one product.
  if (kind == LSTM) lstmWeightGradient(c, T, from, to);
}
