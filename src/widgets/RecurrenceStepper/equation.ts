import type { SrnStep } from '../../core/lessons';
import type { Matrix } from '../../core/matrix';
import { texColumn as column, texMatrix as matrix } from '../../ui/texNumbers';

/** s_t = tanh(U x_t + W s_{t-1}) for step t, with the step's numbers filled in (2 decimals). */
export function stepEquation(t: number, step: SrnStep, W: Matrix): string {
  const prev = t === 0 ? 's_{-1}' : `s_{${t - 1}}`;
  return [
    '\\begin{aligned}',
    `s_{${t}} &= \\tanh\\left(U x_{${t}} + W ${prev}\\right) \\\\`,
    `&= \\tanh\\left(${column(step.input)} + ${matrix(W)}${column(step.sPrev)}\\right) \\\\`,
    `&= \\tanh ${column(step.preactivation)} = ${column(step.s)}`,
    '\\end{aligned}',
  ].join('\n');
}
