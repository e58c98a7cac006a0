import { useEffect, useId, useRef } from 'react';
import { format } from '../../../i18n';
import type { WidgetMeta } from '../../../state/widgetMeta';
import { useLang, useStrings } from '../../../ui/LangContext';
import { EmbedBuilder } from './EmbedBuilder';
import { useEmbedBuilder } from './useEmbedBuilder';
import '../../../ui/figure/figure.css';
import './embedKit.css';

/**
 * A modal dialog with the embed builder for one figure at the settings it had when the reader
 * pressed Embed. Focus moves to its Close button and goes back to the Embed button on closing
 * (Close, Escape).
 */
export function EmbedDialog({
  meta,
  params,
  onClose,
}: {
  meta: WidgetMeta;
  params: Readonly<Record<string, string>>;
  onClose: () => void;
}) {
  const s = useStrings().embedKit;
  const lang = useLang();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const title = meta.title[lang];
  const builder = useEmbedBuilder({ widget: meta.name, title, meta, params, lang });
  useEffect(() => {
    const d = dialog.current!;
    // jsdom has no showModal; a browser without it still gets an open, focused dialog.
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    close.current?.focus();
    return () => {
      if (typeof d.close === 'function' && d.open) d.close();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby={titleId}
      data-testid="embed-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <div className="embed-dialog__head">
        <h2 id={titleId}>{format(s.dialogTitle, { title })}</h2>
        <button ref={close} type="button" onClick={onClose}>
          {s.close}
        </button>
      </div>
      <EmbedBuilder builder={builder} meta={meta} title={title} />
    </dialog>
  );
}

export default EmbedDialog;
