import type { SrnStep } from '../../core/srn';
import type { Matrix } from '../../core/matrix';

const num = (v: number) => (Math.abs(v) < 5e-3 ? '0.00' : v.toFixed(2));
const column = (v: ArrayLike<number>) =>
  `\\begin{bmatrix}${Array.from(v, num).join('\\\\')}\\end{bmatrix}`;
const matrix = (m: Matrix) => {
  const rows: string[] = [];
  for (let i = 0; i < m.rows; i++)
    rows.push(Array.from(m.data.slice(i * m.cols, (i + 1) * m.cols), num).join('&'));
  return `\\begin{bmatrix}${rows.join('\\\\')}\\end{bmatrix}`;
};

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
