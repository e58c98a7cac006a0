import { useId, useLayoutEffect, useRef, useState } from 'react';

export interface NumbersColumn {
  readonly label: string;
  /** Digits after the point for numbers in this column (default 3). */
  readonly digits?: number;
}

export type NumbersCell = string | number;

export interface NumbersTableProps {
  readonly caption: string;
  readonly columns: readonly NumbersColumn[];
  /** One array per row, one cell per column; the first cell heads its row. */
  readonly rows: readonly (readonly NumbersCell[])[];
  /** Row index to mark as the current one (aria-current). */
  readonly current?: number;
  readonly testId?: string;
}

const show = (cell: NumbersCell, digits = 3) =>
  typeof cell === 'number' ? cell.toFixed(digits) : cell;

/**
 * The figure's numbers as a table: a caption, column headers, and rows of formatted numbers.
 * When it is wider than the figure it scrolls sideways, and then it is a labelled region that
 * takes focus, so a keyboard can scroll it too.
 */
export function NumbersTable({ caption, columns, rows, current, testId }: NumbersTableProps) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // The table too: it can widen inside a box of unchanged size (a web font arriving late).
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [rows, columns]);

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
                    {show(cell, columns[c]?.digits)}
                  </th>
                ) : (
                  <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                    {show(cell, columns[c]?.digits)}
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
