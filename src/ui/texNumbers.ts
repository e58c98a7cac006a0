import type { Matrix } from '../core/matrix';

/**
 * LaTeX for live numbers in run-time formulas: two decimals, and "0.00" for anything that would
 * print as −0.00, so a vector reads the same as the values shown beside it.
 */
export const texNumber = (v: number) => (Math.abs(v) < 5e-3 ? '0.00' : v.toFixed(2));

export const texColumn = (v: ArrayLike<number>) =>
  `\\begin{bmatrix}${Array.from(v, texNumber).join('\\\\')}\\end{bmatrix}`;

/** A row vector (a column's transpose), e.g. s_{t−1}ᵀ. */
export const texRow = (v: ArrayLike<number>) =>
  `\\begin{bmatrix}${Array.from(v, texNumber).join('&')}\\end{bmatrix}`;

export const texMatrix = (m: Matrix) => {
  const rows: string[] = [];
  for (let i = 0; i < m.rows; i++)
    rows.push(Array.from(m.data.slice(i * m.cols, (i + 1) * m.cols), texNumber).join('&'));
  return `\\begin{bmatrix}${rows.join('\\\\')}\\end{bmatrix}`;
};
