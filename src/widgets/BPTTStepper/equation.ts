import { texColumn, texMatrix, texNumber, texRow } from '../../ui/texNumbers';
import type { BpttModel } from './model';

const prev = (t: number) => (t === 0 ? 's_{-1}' : `s_{${t - 1}}`);

/** Forward step t: the new state, the output's probability of the right letter, and E_t. */
export function forwardEquation(model: BpttModel, t: number): string {
  const step = model.trace.steps[t]!;
  const y = model.vocabulary.indexOf(model.targets[t]!);
  return [
    '\\begin{aligned}',
    `s_{${t}} &= \\tanh\\left(U x_{${t}} + W ${prev(t)}\\right) = \\tanh\\left(${texColumn(step.input)} + ${texColumn(step.recurrent)}\\right) = ${texColumn(step.s)} \\\\`,
    `E_{${t}} &= -\\ln o_{${t}}[\\text{${model.targets[t]}}] = -\\ln ${texNumber(step.o[y]!)} = ${texNumber(model.trace.losses[t]!)}`,
    '\\end{aligned}',
  ].join('\n');
}

/** Backward step t: δ_t from its own error and from the future, and its term of ∂E/∂W. */
export function backwardEquation(model: BpttModel, t: number): string {
  const { trace } = model;
  const T = trace.steps.length;
  const s = trace.steps[t]!;
  const future = t === T - 1 ? '0' : `W^\\top \\delta_{${t + 1}}`;
  const slope = Float64Array.from(s.s, (v) => 1 - v * v);
  return [
    '\\begin{aligned}',
    `\\delta_{${t}} &= (1 - s_{${t}}^2) \\odot \\left(V^\\top e_{${t}} + ${future}\\right) = ${texColumn(slope)} \\odot \\left(${texColumn(trace.fromOutput[t]!)} + ${texColumn(trace.fromFuture[t]!)}\\right) = ${texColumn(trace.deltas[t]!)} \\\\`,
    `\\frac{\\partial E}{\\partial W} &\\mathrel{+}= \\delta_{${t}}\\, ${prev(t)}^\\top = ${texColumn(trace.deltas[t]!)}${texRow(s.sPrev)}`,
    '\\end{aligned}',
  ].join('\n');
}

/** The finished gradient, full and truncated. */
export function gradientEquation(model: BpttModel, k: number): string {
  const T = model.trace.steps.length;
  const full = `\\frac{\\partial E}{\\partial W} = \\sum_{t=0}^{${T - 1}} \\delta_t s_{t-1}^\\top = ${texMatrix(model.trace.gradW)}`;
  if (k >= T) return full;
  return `${full}, \\qquad \\text{truncated to } k = ${k}\\text{: } ${texMatrix(model.truncatedGradW)}`;
}
