import { useId, useState } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { minTextLength } from './texts';

/** The reader's own training text: a box, and a button that hands it over once long enough. */
export function OwnText({
  seqLength,
  onText,
}: {
  readonly seqLength: number;
  readonly onText: (text: string) => void;
}) {
  const s = useStrings().minCharRnn;
  const [draft, setDraft] = useState('');
  const hintId = useId();
  const min = minTextLength(seqLength);
  const long = Array.from(draft).length >= min;
  return (
    <div className="min-char__own">
      <label className="field">
        <span>{format(s.textLabel, { min })}</span>
        <textarea
          rows={4}
          value={draft}
          aria-invalid={draft !== '' && !long}
          aria-describedby={long ? undefined : hintId}
          onChange={(e) => setDraft(e.currentTarget.value)}
        />
      </label>
      {!long && (
        <p id={hintId} className="muted">
          {format(s.textTooShort, { min })}
        </p>
      )}
      <button type="button" disabled={!long} onClick={() => onText(draft)}>
        {s.useText}
      </button>
    </div>
  );
}
