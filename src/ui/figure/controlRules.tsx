import { createContext, useContext, useEffect, type ReactNode } from 'react';

/**
 * Which of a figure's settings (its props, by their meta schema key) an embed hides or locks
 * (`embed.html?…&hide=a,b&lock=c`). Every kit control that sets a prop asks here by that key:
 * a hidden one renders nothing, a locked one is shown disabled at its value.
 */
export interface ControlRules {
  readonly hidden: ReadonlySet<string>;
  readonly locked: ReadonlySet<string>;
  /** Told each key a mounted control sets (the test that every setting has a control uses it). */
  readonly onControl?: (key: string) => void;
}

export type ControlMode = 'shown' | 'hidden' | 'locked';

const NO_RULES: ControlRules = { hidden: new Set(), locked: new Set() };

export const ControlRulesContext = createContext<ControlRules>(NO_RULES);

/**
 * How the control of `keys` (one prop, or several that one control sets together) shows. A
 * control that is not the prop's own (the preset select) passes `own` false: it does not count
 * as the prop's control.
 */
export function useControlMode(
  keys: string | readonly string[] | undefined,
  own = true,
): ControlMode {
  const rules = useContext(ControlRulesContext);
  const list = keys === undefined ? [] : typeof keys === 'string' ? [keys] : keys;
  const joined = list.join(',');
  useEffect(() => {
    if (own && joined !== '') for (const key of joined.split(',')) rules.onControl?.(key);
  }, [rules, joined, own]);
  if (list.length === 0) return 'shown';
  // A control that sets several props shows while any of them is not hidden, and is locked when
  // any is locked (moving it would change the fixed one).
  if (list.every((key) => rules.hidden.has(key))) return 'hidden';
  if (list.some((key) => rules.locked.has(key) || rules.hidden.has(key))) return 'locked';
  return 'shown';
}

/**
 * A figure's own control (a text box, a select) that is not a kit part: hidden or disabled with
 * the prop(s) it sets. A disabled fieldset disables every form control inside it.
 */
export function PropControl({
  prop,
  children,
}: {
  readonly prop: string | readonly string[];
  readonly children: ReactNode;
}) {
  const mode = useControlMode(prop);
  if (mode === 'hidden') return null;
  if (mode === 'locked')
    return (
      <fieldset disabled className="prop-control prop-control--locked" data-locked="">
        {children}
      </fieldset>
    );
  return <>{children}</>;
}
