import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../LangContext';
import { useControlMode } from './controlRules';

export interface StepControlsProps {
  /** The step shown, counted from 0. */
  readonly t: number;
  /** How many steps there are (t runs over 0 … count − 1). */
  readonly count: number;
  readonly onStep: (t: number) => void;
  /** What the position line says; default "Step t = {t} of {last}". */
  readonly position?: ReactNode;
  /** Test id of the position line. */
  readonly positionTestId?: string;
  /** A figure's own words for some buttons (e.g. "Forward step" / "Backward step"); the glyphs stay. */
  readonly labels?: Partial<Record<StepControl, string>>;
  /** Accessible name of the button group; default "Time steps". */
  readonly groupLabel?: string;
  /** The prop the step is (its meta schema key): an embed may hide or lock the buttons by it. */
  readonly prop?: string;
}

export type StepControl = 'first' | 'back' | 'forward' | 'last';
type Which = StepControl;
const glyphs: Record<Which, string> = { first: '⇤', back: '◀', forward: '▶', last: '⇥' };
const keys: Record<string, Which> = {
  Home: 'first',
  ArrowLeft: 'back',
  ArrowRight: 'forward',
  End: 'last',
};

/**
 * ⇤ ◀ ▶ ⇥ over the time steps, with the position as text. With focus in the group, Home, ←, →
 * and End step too. A button that disables itself when used (⇥ at the end) hands focus to the
 * nearest enabled one instead of dropping it to the page.
 */
export function StepControls({
  t,
  count,
  onStep,
  position,
  positionTestId = 'position',
  labels: own,
  groupLabel,
  prop,
}: StepControlsProps) {
  const f = useStrings().figure;
  const mode = useControlMode(prop);
  const locked = mode === 'locked';
  const last = Math.max(count - 1, 0);
  const buttons = useRef<Partial<Record<Which, HTMLButtonElement | null>>>({});
  const used = useRef<Which | null>(null);
  const target: Record<Which, number> = {
    first: 0,
    back: Math.max(t - 1, 0),
    forward: Math.min(t + 1, last),
    last,
  };
  const disabled: Record<Which, boolean> = {
    first: locked || t <= 0,
    back: locked || t <= 0,
    forward: locked || t >= last,
    last: locked || t >= last,
  };

  const go = (which: Which) => {
    if (disabled[which]) return;
    used.current = which;
    onStep(target[which]);
  };

  useLayoutEffect(() => {
    const which = used.current;
    used.current = null;
    const pressed = which ? buttons.current[which] : null;
    if (!pressed?.disabled || document.activeElement !== pressed) return;
    const fallback = t >= last ? (['back', 'first'] as const) : (['forward', 'last'] as const);
    const next = fallback.map((w) => buttons.current[w]).find((b) => b && !b.disabled);
    next?.focus();
  }, [t, last]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const which = keys[e.key];
    if (!which) return;
    e.preventDefault();
    // Focus follows the key to its button, so a button that then disables hands focus on.
    if (!disabled[which]) buttons.current[which]?.focus();
    go(which);
  };

  const labels: Record<Which, string> = {
    first: own?.first ?? f.first,
    back: own?.back ?? f.back,
    forward: own?.forward ?? f.forward,
    last: own?.last ?? f.last,
  };
  return (
    <div className="step-controls">
      {mode !== 'hidden' && (
        <div
          className="step-controls__buttons"
          role="group"
          aria-label={groupLabel ?? f.steps}
          onKeyDown={onKeyDown}
        >
          {(['first', 'back', 'forward', 'last'] as const).map((which) => (
            <button
              key={which}
              type="button"
              ref={(el) => {
                buttons.current[which] = el;
              }}
              data-step-control={which}
              disabled={disabled[which]}
              aria-keyshortcuts={Object.keys(keys).find((k) => keys[k] === which)}
              onClick={() => go(which)}
            >
              {which === 'forward' || which === 'last' ? (
                <>
                  {labels[which]} <span aria-hidden="true">{glyphs[which]}</span>
                </>
              ) : (
                <>
                  <span aria-hidden="true">{glyphs[which]}</span> {labels[which]}
                </>
              )}
            </button>
          ))}
        </div>
      )}
      <p className="step-controls__position" aria-live="polite" data-testid={positionTestId}>
        {position ?? format(f.position, { t, last })}
      </p>
    </div>
  );
}
