import type { Matrix } from '../../core/matrix';
import type { SrnStep } from '../../core/lessons';

/** Two decimals, and no "−0.00": the reader compares these with the strips. */
export const num = (v: number) => (Math.abs(v) < 5e-3 ? '0.00' : v.toFixed(2));
const column = (v: ArrayLike<number>) =>
  `\\begin{bmatrix}${Array.from(v, num).join('\\\\')}\\end{bmatrix}`;
const matrix = (m: Matrix) => {
  const rows: string[] = [];
  for (let i = 0; i < m.rows; i++)
    rows.push(Array.from(m.data.slice(i * m.cols, (i + 1) * m.cols), num).join('&'));
  return `\\begin{bmatrix}${rows.join('\\\\')}\\end{bmatrix}`;
};

/**
 * s_t = tanh(U x_t + W s_{t−1}) for step t with the step's numbers (2 decimals): U x_t is the
 * column of U that the one-hot x_t picks, W is the same matrix at every step.
 */
export function unrollEquation(t: number, step: SrnStep, W: Matrix): string {
  const prev = `s_{${t - 1}}`;
  return [
    '\\begin{aligned}',
    `s_{${t}} &= \\tanh\\left(U x_{${t}} + W ${prev}\\right) \\\\`,
    `&= \\tanh\\left(${column(step.input)} + ${matrix(W)}${column(step.sPrev)}\\right) \\\\`,
    `&= \\tanh ${column(step.preactivation)} = ${column(step.s)}`,
    '\\end{aligned}',
  ].join('\n');
}
