import { useEffect, useRef, useState } from 'react';
import { createModel } from '../../../core/model';
import { format } from '../../../i18n';
import { encodeChangedProps } from '../../../state/propsCodec';
import { shareUrl } from '../../../state/shareLink';
import { expectedLoss, type SessionConfig } from '../../../sim';
import { useLang, useStrings } from '../../../ui/LangContext';
import { useInstanceId, useWidgetProps } from '../../host/context';
import type { SessionController } from '../../training/sessionController';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';
import { readFromBrowser, saveInBrowser } from './browserStore';
import { readModelFile, writeModelFile } from './modelFile';
import { decodeWeights, encodeWeights, hasWeights, type LinkRefusal } from './weightsLink';
import { fileRefusalText, linkRefusalText } from './refusalText';

export interface KeepInputs {
  readonly controller: Pick<SessionController<unknown>, 'exportSnapshot' | 'pause' | 'setWeights'>;
  /** The config the settings compose to; null when refused. */
  readonly config: SessionConfig | null;
  /** The live session was built for `config` (weights put in now land in the right model). */
  readonly ready: boolean;
}

export interface KeepMessage {
  readonly text: string;
  readonly error: boolean;
  /** After a restore: the loss of the session's weights on the evaluation batch. */
  readonly loss?: number;
}

interface Pending {
  readonly weights: Float64Array;
  readonly step: number;
  /** The model's spec as JSON: the weights wait for a session of this model. */
  readonly spec: string;
  readonly source: string;
}

const specKey = (config: SessionConfig) => JSON.stringify(createModel(config.spec).spec);
const pairsOf = (s: PlaygroundSettings) => encodeChangedProps(playgroundMeta.props, s);
/** The embed page keeps the figure's settings in its own address (useEmbedUrl). */
const onEmbedPage = () => /\/embed(\.html)?$/.test(window.location.pathname);

/**
 * Keeps the Playground's trained weights: in a share link's fragment, in a model file, in this
 * browser. A restore puts the settings in (the session is rebuilt for them), then — once the
 * session runs that very model — the weights, with the step count from 0, and reports the loss
 * of the session's own weights on the evaluation batch the Code tool's programs print first.
 */
export function useKeep({ controller, config, ready }: KeepInputs) {
  const s = useStrings().playgroundKeep;
  const lang = useLang();
  const instanceId = useInstanceId();
  const [props, setProps] = useWidgetProps(playgroundMeta);
  const [message, setMessage] = useState<KeepMessage | null>(null);
  // Weights waiting for a session of their model; `requests` counts restores to wake the effect.
  const pending = useRef<Pending | null>(null);
  const [requests, setRequests] = useState(0);
  const linkRead = useRef(false);

  const snapshot = () => (config ? controller.exportSnapshot() : null);

  useEffect(() => {
    if (!ready || !config) return;
    const refused = linkRead.current ? null : readLink(config);
    linkRead.current = true;
    const job = pending.current;
    if (!refused && (!job || specKey(config) !== job.spec)) return;
    pending.current = null;
    void (async () => {
      if (refused) return setMessage({ text: linkRefusalText(s.link, refused), error: true });
      if (!job) return;
      await controller.pause();
      await controller.setWeights(job.weights, true);
      const snap = controller.exportSnapshot();
      if (!snap) return;
      const loss = expectedLoss({ config: snap.config, weights: snap.weights });
      const values = { source: job.source, step: job.step, loss: loss.toFixed(6) };
      setMessage({ text: format(s.restored, values), error: false, loss });
    })();

    /** A link's weights, read once, into the model the same link's settings build. */
    function readLink(c: SessionConfig): LinkRefusal | null {
      const hash = window.location.hash;
      if (!hasWeights(hash, instanceId)) return null;
      const model = createModel(c.spec);
      const read = decodeWeights(hash, instanceId, model.spec, model.layout.size);
      if (!read.ok) return read;
      const { weights, step } = read;
      pending.current = { weights, step, spec: specKey(c), source: s.sources.link };
      return null;
    }
  }, [ready, config, requests, controller, instanceId, s]);

  const fileText = (): string | null => {
    const snap = snapshot();
    return snap && writeModelFile(props, snap.weights, snap.step);
  };

  const readText = (text: string, source: string) => {
    const read = readModelFile(text, lang);
    if (!read.ok) return setMessage({ text: fileRefusalText(s.file, read), error: true });
    if (JSON.stringify(pairsOf(read.settings)) !== JSON.stringify(pairsOf(props)))
      setProps(read.settings);
    setMessage(null);
    pending.current = { weights: read.weights, step: read.step, spec: read.spec, source };
    setRequests((n) => n + 1);
  };

  return {
    message,
    setMessage,
    /** The link with the weights and what it holds, or (url null) why there is none. */
    link(): { readonly url: string | null; readonly text: string } {
      const snap = snapshot();
      if (!snap) return { url: null, text: s.refusedConfig };
      const spec = createModel(snap.config.spec).spec;
      const encoded = encodeWeights(instanceId, spec, snap.weights, snap.step);
      if (!encoded.ok) {
        const values = { chars: encoded.chars, limit: encoded.limit };
        return { url: null, text: format(s.linkTooLong, values) };
      }
      const here = window.location.href;
      const url = new URL(onEmbedPage() ? here : shareUrl(here, instanceId, pairsOf(props)));
      url.hash = encoded.fragment;
      const template = encoded.dtype === 'f64' ? s.linkExact : s.linkRounded;
      const text = format(template, { step: snap.step, chars: url.toString().length });
      return { url: url.toString(), text };
    },
    fileText,
    loadFile: (text: string, name: string) => readText(text, format(s.sources.file, { name })),
    save(): void {
      const text = fileText();
      if (text === null) return setMessage({ text: s.refusedConfig, error: true });
      const saved = saveInBrowser(text);
      const kB = Math.ceil(text.length / 1024);
      setMessage(
        saved.ok
          ? { text: format(s.saved, { kB, step: snapshot()?.step ?? 0 }), error: false }
          : { text: format(s.saveFailed, { reason: saved.reason }), error: true },
      );
    },
    load(): void {
      const stored = readFromBrowser();
      if (stored.ok) return readText(stored.text, s.sources.storage);
      const text =
        stored.code === 'empty' ? s.nothingSaved : format(s.readFailed, { reason: stored.reason });
      setMessage({ text, error: true });
    },
  };
}
