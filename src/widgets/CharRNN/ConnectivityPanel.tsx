import { useId, useMemo, type KeyboardEvent } from 'react';
import {
  createConnectivityStrip,
  strengthLogDomain,
  type ConnectivityStripData,
  type ConnectivityStripOptions,
} from '../../charts/connectivityStrip';
import { recentShare } from '../../core/diagnostics';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import './connectivity.css';
import { readableSymbol } from './symbolText';

export interface ConnectivityPanelProps {
  /** The symbols read (the model's own, "other" included). */
  readonly symbols: readonly string[];
  readonly t: number;
  setT(t: number): void;
  /** C(t, k) for every k of the text, once computed for this t. */
  readonly norms: readonly number[] | null;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly held: boolean;
  readonly error: string | null;
  readonly training: boolean;
  /** How the "other" symbol is written (⟨other⟩ / ⟨其他⟩). */
  readonly otherLabel: string;
}

/** Rows of the nearest-characters table: t, t − 1, …, t − NEAREST + 1. */
const NEAREST = 8;

const sci = (v: number) => v.toExponential(2).replace('-', '−');

/**
 * The connectivity view (Madsen 2019): for a chosen output step t, how strongly the prediction
 * depends on each character read before it, as a strip over the text on a log colour scale,
 * with the numbers that matter in text. Click a character, or use the arrow keys, to pick t.
 */
export function ConnectivityPanel(p: ConnectivityPanelProps) {
  const s = useStrings().charRnnConnectivity;
  const readoutId = useId();
  const { symbols, t, norms, setT, otherLabel } = p;
  const labels = useMemo(
    () => symbols.map((sym) => readableSymbol(sym, otherLabel)),
    [symbols, otherLabel],
  );
  const opts = useMemo<ConnectivityStripOptions>(() => ({ onPick: setT }), [setT]);
  const data = useMemo<ConnectivityStripData>(
    () => ({
      labels,
      strengths: norms ?? [],
      t: norms ? t : null,
      logDomain: strengthLogDomain(norms ? norms.slice(0, t + 1) : []),
    }),
    [labels, norms, t],
  );
  const ref = useChart(createConnectivityStrip, opts, data);

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowLeft: t - 1,
      ArrowRight: t + 1,
      Home: 0,
      End: symbols.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined || symbols.length === 0) return;
    e.preventDefault();
    setT(Math.max(0, Math.min(symbols.length - 1, next)));
  };

  const back = (lag: number) => (norms && t - lag >= 0 ? sci(norms[t - lag]!) : s.tooShort);
  const rows = norms
    ? Array.from({ length: Math.min(NEAREST, t + 1) }, (_, lag) => [
        String(lag),
        labels[t - lag] ?? '',
        sci(norms[t - lag]!),
        norms[t] ? norms[t - lag]! / norms[t] : 0,
      ])
    : [];

  return (
    <section className="char-rnn__section" data-testid="connectivity">
      <h4>{s.section}</h4>
      <p className="muted">{s.intro}</p>
      <div
        className="char-rnn__connectivity"
        tabIndex={0}
        role="group"
        aria-label={s.stripLabel}
        aria-describedby={readoutId}
        onKeyDown={onKey}
        data-testid="connectivity-strip"
        data-t={norms ? t : undefined}
      >
        <div ref={ref} />
      </div>
      <div id={readoutId} aria-live="polite" data-testid="connectivity-readout">
        {norms && symbols.length > 0 && (
          <p>
            {format(s.readout, {
              symbol: labels[t] ?? '',
              t,
              half: recentShare(norms, t, 0.5),
              most: recentShare(norms, t, 0.9),
            })}{' '}
            {format(s.readoutNear, { now: back(0), five: back(5), ten: back(10) })}
          </p>
        )}
        {p.progress && <p className="muted">{format(s.computing, p.progress)}</p>}
        {p.held && <p className="muted">{s.held}</p>}
        {p.error && (
          <p className="widget-message" role="status">
            {format(s.failed, { reason: p.error })}
          </p>
        )}
        {p.training && <p className="muted">{s.whileTraining}</p>}
      </div>
      {norms && (
        <NumbersTable
          caption={s.nearestCaption}
          columns={[
            { label: s.columnBack },
            { label: s.columnSymbol },
            { label: s.columnValue },
            { label: s.columnShare, digits: 3 },
          ]}
          rows={rows}
          testId="connectivity-numbers"
        />
      )}
    </section>
  );
}
