/**
 * Dense row-major matrices over Float64Array. Element (i, j) lives at data[i * cols + j].
 * This is the one layout the engine uses; see the README's "Weight layout" notes.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export type Vector = Float64Array;

export function zeros(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const m = zeros(r, c);
  rows.forEach((row, i) => {
    if (row.length !== c)
      throw new Error(`fromRows: row ${i} has ${row.length} entries, expected ${c}`);
    m.data.set(row, i * c);
  });
  return m;
}

export function get(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j]!;
}

/** Fills a matrix from a generator of (i, j) -> value. */
export function fromFunction(
  rows: number,
  cols: number,
  f: (i: number, j: number) => number,
): Matrix {
  const m = zeros(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) m.data[i * cols + j] = f(i, j);
  return m;
}

/** y = M x */
export function matVec(m: Matrix, x: Vector): Vector {
  if (x.length !== m.cols)
    throw new Error(`matVec: ${m.rows}x${m.cols} matrix times vector of ${x.length}`);
  const y = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let acc = 0;
    const off = i * m.cols;
    for (let j = 0; j < m.cols; j++) acc += m.data[off + j]! * x[j]!;
    y[i] = acc;
  }
  return y;
}

export function add(a: Vector, b: Vector): Vector {
  if (a.length !== b.length) throw new Error(`add: lengths ${a.length} and ${b.length}`);
  const y = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) y[i] = a[i]! + b[i]!;
  return y;
}

export function scale(m: Matrix, k: number): Matrix {
  return { rows: m.rows, cols: m.cols, data: m.data.map((v) => v * k) };
}
