import { useState } from 'react';
import { useControlMode } from './figure/controlRules';

/**
 * A text box whose value may be an invalid draft while the figure keeps the last valid one.
 * When the value changes from outside (a preset, reset, a share link), the draft follows it.
 */
export function useDraft(
  value: string,
  isValid: (text: string) => boolean,
  commit: (text: string) => void,
) {
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setDraft(value);
  }
  return {
    draft,
    valid: isValid(draft),
    change(text: string) {
      setDraft(text);
      if (isValid(text)) commit(text);
    },
  };
}

/** The labelled box for a draft; `hintId` names the message shown while the draft is invalid. */
export function DraftTextField({
  label,
  draft,
  hintId,
  prop,
}: {
  readonly label: string;
  readonly draft: ReturnType<typeof useDraft>;
  readonly hintId: string;
  /** The prop it sets (its meta schema key): an embed may hide or lock it by that name. */
  readonly prop?: string;
}) {
  const mode = useControlMode(prop);
  if (mode === 'hidden') return null;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        value={draft.draft}
        maxLength={24}
        autoCapitalize="none"
        spellCheck={false}
        disabled={mode === 'locked'}
        aria-invalid={!draft.valid}
        aria-describedby={draft.valid ? undefined : hintId}
        onChange={(e) => draft.change(e.currentTarget.value)}
      />
    </label>
  );
}
