import { useId, useState } from 'react';
import { useStrings } from '../../ui/LangContext';

/**
 * A button that reveals a text (a link or an HTML snippet) in a read-only box and tries to copy
 * it; where the clipboard is unavailable the reader copies it from the box.
 */
export function CopyPanel({
  label,
  boxLabel,
  make,
  multiline = false,
}: {
  label: string;
  boxLabel: string;
  make: () => string;
  multiline?: boolean;
}) {
  const w = useStrings().widget;
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const open = () => {
    const value = make();
    setText(value);
    setCopied(null);
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) {
      setCopied(false);
      return;
    }
    clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <>
      <button type="button" onClick={open} aria-expanded={text !== null} aria-controls={id}>
        {label}
      </button>
      {text !== null && (
        <div className="copy-panel" id={id}>
          <label>
            <span>{boxLabel}</span>
            {multiline ? (
              <textarea readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
            ) : (
              <input readOnly value={text} onFocus={(e) => e.currentTarget.select()} />
            )}
          </label>
          <span role="status">
            {copied === true ? w.copied : copied === false ? w.copyYourself : ''}
          </span>
        </div>
      )}
    </>
  );
}
