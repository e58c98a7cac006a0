import { useId, useState } from 'react';
import { MAX_MODEL_FILE_BYTES } from '../../../core/charModel';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { useKeep, type KeepInputs } from './useKeep';
import './keep.css';

const FILE_NAME = 'playground-model.json';
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = FILE_NAME;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Keep and share": a link with the trained weights, the model file (download, load), and this
 * browser (save, restore). None of these is a setting of the run: they keep its weights.
 */
export function KeepPanel(inputs: KeepInputs) {
  const s = useStrings().playgroundKeep;
  const w = useStrings().widget;
  const keep = useKeep(inputs);
  const boxId = useId();
  const [link, setLink] = useState<{ url: string | null; text: string } | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const off = !inputs.config;

  const makeLink = async () => {
    const made = keep.noLink() ?? (await keep.link());
    setLink(made);
    setCopied(null);
    if (!made.url) return;
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopied(false);
    clipboard.writeText(made.url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a huge file would hold the page only to be refused.
    if (file.size > MAX_MODEL_FILE_BYTES) {
      const values = { size: mb(file.size), max: mb(MAX_MODEL_FILE_BYTES) };
      return keep.setMessage({ text: format(s.fileTooLarge, values), error: true });
    }
    keep.loadFile(await file.text(), file.name);
  };

  return (
    <fieldset className="playground__group keep" data-testid="playground-keep">
      <legend>{s.section}</legend>
      <p className="muted playground__note">{s.intro}</p>
      <div className="widget-row">
        <button
          type="button"
          onClick={() => void makeLink()}
          disabled={off}
          aria-controls={link ? boxId : undefined}
        >
          {s.linkWithWeights}
        </button>
        <button
          type="button"
          disabled={off}
          onClick={() => void keep.fileText().then((text) => text && download(text))}
        >
          {s.download}
        </button>
        <label className="keep__file">
          {s.loadFile}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="playground-keep-file"
            onChange={(e) => {
              void loadFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" onClick={() => void keep.save()} disabled={off}>
          {s.saveBrowser}
        </button>
        <button type="button" onClick={keep.load}>
          {s.loadBrowser}
        </button>
      </div>
      {link && (
        <div className="copy-panel" id={boxId}>
          <p
            className={link.url ? 'muted' : 'widget-message'}
            data-testid="playground-keep-link-note"
          >
            {link.text}
          </p>
          {link.url && (
            <label>
              <span>{s.linkLabel}</span>
              <input
                readOnly
                value={link.url}
                data-testid="playground-keep-link"
                onFocus={(e) => e.currentTarget.select()}
              />
            </label>
          )}
          {link.url && (
            <span role="status">
              {copied === true ? w.copied : copied === false ? w.copyYourself : ''}
            </span>
          )}
        </div>
      )}
      {keep.message && (
        <p
          className={keep.message.error ? 'widget-message' : 'muted'}
          role="status"
          data-testid="playground-keep-message"
          data-loss={keep.message.loss ?? ''}
        >
          {keep.message.text}
        </p>
      )}
    </fieldset>
  );
}
