import { useEffect, useId, useRef, useState } from 'react';
import { limitLength, MAX_TEXT } from '../../core/charModel';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';

export interface PasteBoxProps {
  /** The reader submits the box's text (never empty: onEmpty instead). */
  onSubmit(text: string): void;
  onEmpty(): void;
}

/**
 * The box the reader pastes or types a training text into. It is uncontrolled — a keystroke in
 * a long text re-renders nothing — and holds at most MAX_TEXT characters, the most the model
 * trains on: a longer paste is cut at once, and the box says so.
 */
export function PasteBox(props: PasteBoxProps) {
  const s = useStrings().charRnn;
  const lang = useLang();
  const areaId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [cut, setCut] = useState(false);

  // A paste or insertion that would overflow the box is cut before the browser takes it in:
  // laying out megabytes in a text box blocks the page for seconds.
  useEffect(() => {
    const box = area.current;
    if (!box) return undefined;
    const insertCapped = (e: Event, inserted: string | null | undefined) => {
      if (!inserted) return;
      const start = box.selectionStart;
      const end = box.selectionEnd;
      // Only the head of the insertion that could fit is looked at: the box holds at most
      // MAX_TEXT code points, which take at most 2·MAX_TEXT code units. A 5 MB paste is never
      // copied, joined or scanned whole (that alone blocked the page for tens of ms).
      const head = inserted.slice(0, 2 * MAX_TEXT);
      const limited = limitLength(
        box.value.slice(0, start) + head + box.value.slice(end),
        MAX_TEXT,
      );
      if (!limited.cut && head.length === inserted.length) return;
      e.preventDefault();
      box.value = limited.text;
      const caret = Math.min(start + head.length, limited.text.length);
      box.setSelectionRange(caret, caret);
      setCut(true);
    };
    const onPaste = (e: ClipboardEvent) => insertCapped(e, e.clipboardData?.getData('text/plain'));
    const onBeforeInput = (e: InputEvent) =>
      insertCapped(e, e.data ?? e.dataTransfer?.getData('text/plain'));
    box.addEventListener('paste', onPaste);
    box.addEventListener('beforeinput', onBeforeInput);
    return () => {
      box.removeEventListener('paste', onPaste);
      box.removeEventListener('beforeinput', onBeforeInput);
    };
  }, []);
  // What got past the listeners above (a script setting the value, a drop) is cut here.
  const capBox = (box: HTMLTextAreaElement) => {
    const limited = limitLength(box.value, MAX_TEXT);
    if (limited.cut) box.value = limited.text;
    // The message stays until the box is emptied.
    if (limited.cut || box.value === '') setCut(limited.cut);
  };
  const submit = () => {
    const text = area.current?.value ?? '';
    if (text.trim() === '') props.onEmpty();
    else props.onSubmit(text);
  };

  return (
    <div className="char-rnn__paste">
      <label htmlFor={areaId}>{s.pasteLabel}</label>
      <textarea
        id={areaId}
        ref={area}
        rows={4}
        defaultValue=""
        onInput={(e) => capBox(e.currentTarget)}
      />
      {cut && (
        <p className="widget-message" role="status" data-testid="paste-cut">
          {format(s.pasteCut, { kept: MAX_TEXT.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
        </p>
      )}
      <div className="widget-row">
        <button type="button" onClick={submit}>
          {s.usePasted}
        </button>
        <span className="muted">{s.pastedNotShared}</span>
      </div>
    </div>
  );
}
