import { useId } from 'react';
import { useScrollsSideways } from './useScrollsSideways';

export interface NumbersColumn {
  readonly label: string;
  /** Digits after the point for numbers in this column (default 3). */
  readonly digits?: number;
  /** How numbers in this column are written (instead of `digits`), e.g. in exponent form. */
  readonly format?: (value: number) => string;
}

export type NumbersCell = string | number;

export interface NumbersTableProps {
  readonly caption: string;
  /** The columns in order: a header's words alone, or with how its numbers are written. */
  readonly columns: readonly (NumbersColumn | string)[];
  /** One array per row, one cell per column; the first cell heads its row. */
  readonly rows: readonly (readonly NumbersCell[])[];
  /** Row index to mark as the current one (aria-current). */
  readonly current?: number;
  readonly testId?: string;
}

const show = (cell: NumbersCell, column: NumbersColumn | undefined) =>
  typeof cell !== 'number'
    ? cell
    : column?.format
      ? column.format(cell)
      : cell.toFixed(column?.digits ?? 3);

/**
 * The figure's numbers as a table: a caption, column headers, and rows of formatted numbers.
 * When it is wider than the figure it scrolls sideways, and then it is a labelled region that
 * takes focus, so a keyboard can scroll it too.
 */
export function NumbersTable({ caption, rows, current, testId, ...p }: NumbersTableProps) {
  const captionId = useId();
  const columns = p.columns.map((c) => (typeof c === 'string' ? { label: c } : c));
  const [box, scrolls] = useScrollsSideways<HTMLDivElement>([rows, p.columns]);

  return (
    <div
      ref={box}
      className="numbers-table"
      data-testid={testId}
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-labelledby': captionId } : {})}
    >
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} aria-current={r === current ? 'true' : undefined}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {show(cell, columns[c])}
                  </th>
                ) : (
                  // data-value: the number at full precision, for readers of the DOM (tests).
                  <td
                    key={c}
                    className={typeof cell === 'number' ? 'num' : undefined}
                    data-value={typeof cell === 'number' ? cell : undefined}
                  >
                    {show(cell, columns[c])}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
