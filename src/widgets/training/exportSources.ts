import { createContext, useContext, useEffect } from 'react';
import type { SessionConfig } from '../../sim';

/** What the "Code" tool exports from one training session: its settings and current weights. */
export interface ExportSnapshot {
  readonly config: SessionConfig;
  readonly weights: Float64Array;
  /** Training steps behind these weights. */
  readonly step: number;
}

export interface ExportSource {
  /** Which of a figure's models this is (GradientFlow's SRN and LSTM); else the cell's name. */
  readonly label?: string;
  /** Null while there is nothing to export (a refused config). */
  read(): ExportSnapshot | null;
  /** Called when what `read` returns may have changed (a session that configures later). */
  subscribe?(listener: () => void): () => void;
}

/**
 * The training sessions of one figure, registered by the hooks that own them, so that the host's
 * "Code" tool can export whichever the reader picks. One per widget instance (WidgetRuntime).
 */
export class ExportSources {
  private readonly sources = new Set<ExportSource>();
  private readonly listeners = new Set<() => void>();
  private list: readonly ExportSource[] = [];

  add(source: ExportSource): () => void {
    this.sources.add(source);
    this.changed();
    return () => {
      if (this.sources.delete(source)) this.changed();
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): readonly ExportSource[] => this.list;

  private changed(): void {
    this.list = [...this.sources];
    for (const listener of this.listeners) listener();
  }
}

export const ExportSourcesContext = createContext<ExportSources | null>(null);

/** Registers `source` with the figure's host while the component is mounted (none outside a host). */
export function useExportSource(source: ExportSource | null): void {
  const sources = useContext(ExportSourcesContext);
  useEffect(() => (sources && source ? sources.add(source) : undefined), [sources, source]);
}
