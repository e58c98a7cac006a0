import { useId, useRef, useState } from 'react';
import { useStrings } from '../../../ui/LangContext';

/**
 * A read-only box with a Copy button. Where the clipboard is refused (no permission, an insecure
 * page, an old browser) the text is selected and the reader is told to press Ctrl+C.
 */
export function CopyBox({
  label,
  hint,
  text,
  testId,
}: {
  label: string;
  hint?: string;
  text: string;
  testId?: string;
}) {
  const s = useStrings().embedKit;
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  // Which text the last copy was of: a message about an older snippet is not shown.
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  const copied = result?.text === text ? result.ok : null;
  const refused = () => {
    box.current?.focus();
    box.current?.select();
    setResult({ text, ok: false });
  };
  const copy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return refused();
    clipboard.writeText(text).then(() => setResult({ text, ok: true }), refused);
  };
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="copy-box__hint muted">{hint}</p>}
      <textarea
        id={id}
        ref={box}
        readOnly
        value={text}
        rows={4}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="copy-box__row">
        <button type="button" onClick={copy} disabled={text === ''}>
          {s.copy}
        </button>
        <span role="status">
          {copied === true ? s.copied : copied === false ? s.copyRefused : ''}
        </span>
      </div>
    </div>
  );
}
