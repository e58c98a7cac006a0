import { useId } from 'react';
import { format } from '../i18n';
import { useLang, useStrings } from './LangContext';
import './engineBadge.css';

/**
 * The "running on WebGL · 1,840 chars/s" line every training widget shows, with the reason when
 * the session is not on the engine the reader asked for, and a labelled select to choose
 * another engine (engines this browser cannot run are disabled, with the reason in the option).
 * Plain props, no session: `useTrainingSession(…).badge` (src/widgets/training) provides them.
 */
export type BadgeEngine = 'core' | 'simd' | 'webgl' | 'wasm' | 'cpu';
export type BadgeRequest = 'auto' | BadgeEngine;

export interface EngineBadgeProps {
  /** The engine training now; null while it starts. */
  readonly engine: BadgeEngine | null;
  /** What the reader chose in the select. */
  readonly requested: BadgeRequest;
  /** Why the session runs on another engine than requested (or how 'auto' chose), else null. */
  readonly reason: string | null;
  /** Where training runs: a Web Worker or the page's own thread. */
  readonly where?: 'worker' | 'thread' | null;
  /** Symbols (characters for a text model) per second; null or 0 hides the rate. */
  readonly symbolsPerSecond: number | null;
  /** 'chars' for character models; default 'symbols'. */
  readonly unit?: 'chars' | 'symbols';
  /** Engines that cannot be chosen, with why (shown in the disabled option). */
  readonly unavailable?: Readonly<Partial<Record<BadgeEngine, string>>>;
  readonly onChange: (requested: BadgeRequest) => void;
  /** The engine could not start (the reason says why): shown instead of "starting…". */
  readonly failed?: boolean;
  /** Disables the select (e.g. while the widget cannot switch). */
  readonly disabled?: boolean;
  /** Shows the select (default); false when the figure offers it elsewhere (EngineChoice). */
  readonly choice?: boolean;
  /** The wasm engine runs its scalar build (no WASM SIMD here): named so in the status. */
  readonly scalar?: boolean;
}

const CHOICES: readonly BadgeRequest[] = ['auto', 'core', 'simd', 'webgl', 'wasm', 'cpu'];
const SHORT: Record<BadgeEngine, string> = {
  core: 'typed arrays',
  simd: 'WASM SIMD',
  webgl: 'WebGL',
  wasm: 'WASM',
  cpu: 'CPU',
};

export function EngineBadge({
  engine,
  requested,
  reason,
  where,
  symbolsPerSecond,
  unit = 'symbols',
  unavailable = {},
  onChange,
  failed,
  disabled,
  choice = true,
  scalar,
}: EngineBadgeProps) {
  const t = useStrings().engineBadge;
  const lang = useLang();
  const numbers = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 0,
  });
  const engineName = (e: BadgeEngine) =>
    e === 'core'
      ? lang === 'zh'
        ? t.core
        : SHORT.core
      : e === 'simd' && scalar
        ? t.simdScalar
        : SHORT[e];
  const status =
    engine === null
      ? failed
        ? t.failed
        : t.starting
      : [
          format(t.runningOn, { engine: engineName(engine) }),
          symbolsPerSecond && symbolsPerSecond > 0
            ? format(t.rate, {
                n: numbers.format(symbolsPerSecond),
                unit: unit === 'chars' ? t.unitChars : t.unitSymbols,
              })
            : null,
        ]
          .filter(Boolean)
          .join(' · ');
  return (
    <div className="engine-badge" data-engine={engine ?? 'starting'}>
      <p className="engine-badge__status" aria-live="polite">
        <span className="engine-badge__text">{status}</span>
        {engine !== null && where ? (
          <span className="engine-badge__where">
            {lang === 'zh' ? '' : ' '}
            {where === 'worker' ? t.inWorker : t.onPage}
          </span>
        ) : null}
      </p>
      {reason ? <p className="engine-badge__reason">{format(t.fallback, { reason })}</p> : null}
      {choice && (
        <EngineChoice
          requested={requested}
          unavailable={unavailable}
          onChange={onChange}
          disabled={disabled}
        />
      )}
    </div>
  );
}

export type EngineChoiceProps = Pick<
  EngineBadgeProps,
  'requested' | 'unavailable' | 'onChange' | 'disabled'
>;

/** The labelled select of engines (those that cannot run here disabled, with the reason). */
export function EngineChoice({
  requested,
  unavailable = {},
  onChange,
  disabled,
}: EngineChoiceProps) {
  const t = useStrings().engineBadge;
  const id = useId();
  return (
    <label className="engine-badge__choice" htmlFor={id}>
      {t.label}{' '}
      <select
        id={id}
        value={requested}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value as BadgeRequest)}
      >
        {CHOICES.map((choice) => {
          const why = choice === 'auto' ? undefined : unavailable[choice];
          return (
            <option key={choice} value={choice} disabled={why !== undefined}>
              {why === undefined
                ? t[choice]
                : format(t.unavailable, { engine: t[choice], reason: why })}
            </option>
          );
        })}
      </select>
    </label>
  );
}
