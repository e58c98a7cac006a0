import { PropControl } from '../../ui/figure';
import { useId, useMemo, type KeyboardEvent } from 'react';
import {
  createStateHeatmap,
  type StateHeatmapData,
  type StateHeatmapOptions,
} from '../../charts/stateHeatmap';
import { OTHER_SYMBOL, type ReadStep, topK } from '../../core/charModel';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';
import { readableSymbol } from './symbolText';

export interface StatePanelProps {
  readonly probe: string;
  readonly probeSymbols: readonly string[];
  readonly steps: readonly ReadStep[];
  /** Symbols of the probe that are not in the text's alphabet (skipped). */
  readonly unknown: number;
  readonly layers: number;
  readonly layer: number;
  readonly symbols: readonly string[];
  readonly focus: { readonly t: number; readonly unit: number };
  onProbe(text: string): void;
  onLayer(layer: number): void;
  onFocus(focus: { t: number; unit: number }): void;
}

const percent = (p: number, lang: string) =>
  p.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 1 });

/**
 * The hidden state s_t of a chosen layer after each symbol of a string the reader types, as a
 * heatmap (units × positions), with the focused value and the top next-symbol predictions in
 * text. Arrow keys move the focus; pointing at a cell moves it too.
 */
export function StatePanel(p: StatePanelProps) {
  const s = useStrings().charRnn;
  const lang = useLang();
  const probeId = useId();
  const layerId = useId();
  const { steps, focus } = p;
  const T = steps.length;
  const units = steps[0]?.hidden[p.layer]?.length ?? 0;
  const t = Math.min(focus.t, Math.max(0, T - 1));
  const unit = Math.min(focus.unit, Math.max(0, units - 1));
  const { onFocus } = p;
  const opts = useMemo<StateHeatmapOptions>(
    () => ({ onPoint: (tt, u) => onFocus({ t: tt, unit: u }) }),
    [onFocus],
  );
  const data = useMemo<StateHeatmapData>(
    () => ({
      states: steps.map((st) => st.hidden[p.layer] ?? new Float64Array(0)),
      symbols: p.probeSymbols.map((sym) => readableSymbol(sym, s.otherSymbol)),
      focus: T > 0 ? { t, unit } : null,
    }),
    [steps, p.layer, p.probeSymbols, T, t, unit, s.otherSymbol],
  );
  const ref = useChart(createStateHeatmap, opts, data);
  const step = steps[t];
  const values = step?.hidden[p.layer];
  const top = step ? topK(step.probs, 5) : [];
  const strongest = values
    ? Array.from(values, (v, i) => ({ v, i }))
        .sort((a, b) => Math.abs(b.v) - Math.abs(a.v))
        .slice(0, 3)
        .map(({ v, i }) => `${i + 1}: ${v.toFixed(3)}`)
        .join(', ')
    : '';

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
      Home: [-T, 0],
      End: [T, 0],
    };
    const m = moves[e.key];
    if (!m || T === 0) return;
    e.preventDefault();
    onFocus({
      t: Math.max(0, Math.min(T - 1, t + m[0])),
      unit: Math.max(0, Math.min(units - 1, unit + m[1])),
    });
  };

  return (
    <section className="char-rnn__state" aria-label={s.stateSection}>
      <div className="char-rnn__controls">
        <PropControl prop="probe">
          <div className="field">
            <label htmlFor={probeId}>{s.probe}</label>
            <input
              id={probeId}
              type="text"
              value={p.probe}
              maxLength={60}
              placeholder={s.probeHint}
              onChange={(e) => p.onProbe(e.currentTarget.value)}
            />
          </div>
        </PropControl>
        {p.layers > 1 && (
          <div className="field">
            <label htmlFor={layerId}>{s.layer}</label>
            <select
              id={layerId}
              value={p.layer}
              onChange={(e) => p.onLayer(Number(e.currentTarget.value))}
            >
              {Array.from({ length: p.layers }, (_, l) => (
                <option key={l} value={l}>
                  {l + 1}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {T === 0 ? (
        <p className="widget-message" role="status" data-testid="probe-problem">
          {format(s.probeNothing, { probe: p.probe })}
        </p>
      ) : (
        p.unknown > 0 && (
          <p className="muted" role="status" data-testid="probe-problem">
            {/* A vocabulary with an "other" symbol reads an unknown character as it; else it is skipped. */}
            {format(p.symbols.includes(OTHER_SYMBOL) ? s.probeAsOther : s.probeSkipped, {
              n: p.unknown,
            })}
          </p>
        )
      )}
      <div
        className="char-rnn__heatmap"
        tabIndex={0}
        role="group"
        aria-label={s.heatmapLabel}
        aria-describedby={`${probeId}-readout`}
        onKeyDown={onKey}
        data-testid="heatmap"
      >
        <div ref={ref} />
      </div>
      <p className="muted">{s.stateKey}</p>
      {step && values && (
        <div className="char-rnn__readout">
          <p id={`${probeId}-readout`} aria-live="polite" data-testid="focus-readout">
            {format(s.focusReadout, {
              symbol: readableSymbol(p.probeSymbols[t] ?? '', s.otherSymbol),
              t,
              unit: unit + 1,
              value: (values[unit] ?? 0).toFixed(3),
            })}{' '}
            {format(s.topUnits, { list: strongest })}
          </p>
          <table className="char-rnn__predictions" data-testid="predictions">
            <caption>{s.nextSymbols}</caption>
            <tbody>
              {top.map(({ index, p: prob }) => (
                <tr key={index}>
                  <th scope="row">“{readableSymbol(p.symbols[index] ?? '', s.otherSymbol)}”</th>
                  <td>
                    <span
                      className="char-rnn__bar"
                      style={{ width: `${Math.round(prob * 100)}%` }}
                    />
                  </td>
                  <td className="char-rnn__prob" data-p={String(prob)}>
                    {percent(prob, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
