import { useId, type ReactNode } from 'react';
import { useDraft } from '../../ui/DraftTextField';
import { PropControl } from '../../ui/figure/controlRules';

/**
 * The Playground's form fields: every one labelled, keyboard-operable, and — for typed values —
 * keeping the last valid value while a draft is invalid, with a message saying what is allowed.
 * `prop` names the setting a field sets, so an embed's `hide=` / `lock=` reach it.
 */
export function SelectField<V extends string>({
  prop,
  label,
  value,
  options,
  onChange,
  testId,
}: {
  readonly prop: string;
  readonly label: string;
  readonly value: V;
  readonly options: readonly (readonly [value: V, label: string])[];
  readonly onChange: (value: V) => void;
  readonly testId?: string;
}) {
  return (
    <PropControl prop={prop}>
      <label className="field">
        <span>{label}</span>
        <select
          value={value}
          data-testid={testId}
          onChange={(e) => onChange(e.currentTarget.value as V)}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </label>
    </PropControl>
  );
}

export function CheckField({
  prop,
  label,
  checked,
  onChange,
  testId,
}: {
  readonly prop: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly testId?: string;
}) {
  return (
    <PropControl prop={prop}>
      <label className="playground__check">
        <input
          type="checkbox"
          checked={checked}
          data-testid={testId}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {label}
      </label>
    </PropControl>
  );
}

/** A typed value: `parse` returns the value or null when the text is not allowed. */
export function DraftField<T>({
  prop,
  label,
  value,
  show,
  parse,
  onCommit,
  hint,
  testId,
  wide = false,
}: {
  readonly prop: string;
  readonly label: string;
  readonly value: T;
  readonly show: (value: T) => string;
  readonly parse: (text: string) => T | null;
  readonly onCommit: (value: T) => void;
  readonly hint: ReactNode;
  readonly testId?: string;
  readonly wide?: boolean;
}) {
  const hintId = useId();
  const draft = useDraft(
    show(value),
    (text) => parse(text) !== null,
    (text) => onCommit(parse(text)!),
  );
  return (
    <PropControl prop={prop}>
      <span className={wide ? 'playground__field playground__field--wide' : 'playground__field'}>
        <label className="field">
          <span>{label}</span>
          <input
            type="text"
            value={draft.draft}
            autoCapitalize="none"
            spellCheck={false}
            data-testid={testId}
            aria-invalid={!draft.valid}
            aria-describedby={draft.valid ? undefined : hintId}
            onChange={(e) => draft.change(e.currentTarget.value)}
          />
        </label>
        {!draft.valid && (
          <span id={hintId} className="playground__hint" role="alert">
            {hint}
          </span>
        )}
      </span>
    </PropControl>
  );
}

/** Parses a number in [min, max] (an integer when `integer`), else null. */
export function numberIn(min: number, max: number, integer = false) {
  return (text: string): number | null => {
    if (text.trim() === '') return null;
    const v = Number(text);
    if (!Number.isFinite(v) || v < min || v > max) return null;
    return integer && !Number.isInteger(v) ? null : v;
  };
}
