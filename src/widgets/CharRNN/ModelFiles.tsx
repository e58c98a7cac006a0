import { useId, useState } from 'react';
import { MAX_MODEL_FILE_BYTES } from '../../core/charModel';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';

export interface ModelFilesProps {
  readonly ready: boolean;
  /** The current weights as a saved-model file, or null before the model exists. */
  save(): string | null;
  /** Loads a file's text (parsed off the main thread); resolves to a message when refused. */
  load(text: string, source: 'file' | 'storage'): Promise<string | null>;
  readonly storageKey: string;
  readonly fileName: string;
}

/** Download / upload a weights file, and save / load it in the browser's localStorage. */
export function ModelFiles(p: ModelFilesProps) {
  const s = useStrings().charRnn;
  const fileId = useId();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const download = () => {
    const text = p.save();
    if (!text) return;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = p.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const saveBrowser = () => {
    const text = p.save();
    if (!text) return;
    try {
      localStorage.setItem(p.storageKey, text);
      setMessage({
        text: format(s.savedBrowser, { kB: Math.round(text.length / 1024) }),
        error: false,
      });
    } catch (e) {
      setMessage({
        text: format(s.quota, { reason: (e as Error).name || String(e) }),
        error: true,
      });
    }
  };

  const loadBrowser = async () => {
    let text: string | null;
    try {
      text = localStorage.getItem(p.storageKey);
    } catch (e) {
      setMessage({
        text: format(s.storageRead, { reason: (e as Error).name || String(e) }),
        error: true,
      });
      return;
    }
    if (text === null) {
      setMessage({ text: s.nothingSaved, error: true });
      return;
    }
    const refused = await p.load(text, 'storage');
    setMessage(refused ? { text: refused, error: true } : null);
  };

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    // Checked before reading: a huge file would block the page only to be refused.
    if (file.size > MAX_MODEL_FILE_BYTES) {
      const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
      setMessage({
        text: format(s.fileTooLarge, { size: mb(file.size), max: mb(MAX_MODEL_FILE_BYTES) }),
        error: true,
      });
      return;
    }
    const refused = await p.load(await file.text(), 'file');
    setMessage(
      refused
        ? { text: refused, error: true }
        : { text: format(s.loadedFile, { name: file.name }), error: false },
    );
  };

  return (
    <fieldset className="char-rnn__group">
      <legend>{s.filesSection}</legend>
      <div className="widget-row">
        <button type="button" onClick={download} disabled={!p.ready}>
          {s.download}
        </button>
        <label htmlFor={fileId} className="char-rnn__file">
          {s.loadFile}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          disabled={!p.ready}
          onChange={(e) => {
            void loadFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" onClick={saveBrowser} disabled={!p.ready}>
          {s.saveBrowser}
        </button>
        <button type="button" onClick={() => void loadBrowser()} disabled={!p.ready}>
          {s.loadBrowser}
        </button>
      </div>
      {message && (
        <p
          className={message.error ? 'widget-message' : 'muted'}
          role="status"
          data-testid="files-message"
        >
          {message.text}
        </p>
      )}
    </fieldset>
  );
}
