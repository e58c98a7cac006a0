import type { ReactNode } from 'react';
import { MoreSettings } from './MoreSettings';
import './figure.css';

export interface FigureLayoutProps {
  /** The drawing: first, always. */
  readonly picture: ReactNode;
  /** The one or two main controls, right under the picture. */
  readonly controls?: ReactNode;
  /** What the picture shows, in words and numbers (equations, predictions, notes). */
  readonly readout?: ReactNode;
  /** A NumbersTable. */
  readonly table?: ReactNode;
  /** Everything else, inside the closed "More settings" disclosure. */
  readonly more?: ReactNode;
  readonly className?: string;
}

/**
 * Every figure's order: picture, main controls, readout, numbers table, then "More settings".
 * The slots are fixed so that every figure reads the same way.
 */
export function FigureLayout({
  picture,
  controls,
  readout,
  table,
  more,
  className,
}: FigureLayoutProps) {
  return (
    <div className={className ? `figure-layout ${className}` : 'figure-layout'}>
      <div className="figure-layout__picture">{picture}</div>
      {controls && <div className="figure-layout__controls">{controls}</div>}
      {readout && <div className="figure-layout__readout">{readout}</div>}
      {table && <div className="figure-layout__table">{table}</div>}
      {more && <MoreSettings>{more}</MoreSettings>}
    </div>
  );
}
