import { useEffect, useRef, useState } from 'react';
import { createModel, type KeptTraining } from '../../../core/model';
import { format } from '../../../i18n';
import { encodeChangedProps } from '../../../state/propsCodec';
import { shareUrl } from '../../../state/shareLink';
import { expectedLoss, weightsOnlyRun, type SessionConfig } from '../../../sim';
import { useLang, useStrings } from '../../../ui/LangContext';
import { useInstanceId, useWidgetProps } from '../../host/context';
import type { SessionController } from '../../training/sessionController';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';
import { readFromBrowser, saveInBrowser } from './browserStore';
import { readModelFile, writeModelFile } from './modelFile';
import {
  decodeWeights,
  encodeWeights,
  hasWeights,
  MAX_LINK_CHARS,
  shortestLink,
  type LinkRefusal,
} from './weightsLink';
import { fileRefusalText, linkRefusalText } from './refusalText';

export interface KeepInputs {
  readonly controller: Pick<
    SessionController<unknown>,
    'exportSnapshot' | 'pause' | 'restore' | 'readTrainingState'
  >;
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
  /** The optimiser state and run the weights were kept with; null in an old link. */
  readonly training: KeptTraining | null;
  /** The model's spec as JSON: the weights wait for a session of this model. */
  readonly spec: string;
  readonly source: string;
}

/** What is kept: the weights and, taken with them, the training state (null: none to give). */
interface Kept {
  readonly config: SessionConfig;
  readonly weights: Float64Array;
  readonly step: number;
  readonly training: KeptTraining | null;
}

const specKey = (config: SessionConfig) => JSON.stringify(createModel(config.spec).spec);
const pairsOf = (s: PlaygroundSettings) => encodeChangedProps(playgroundMeta.props, s);
/** The embed page keeps the figure's settings in its own address (useEmbedUrl). */
const onEmbedPage = () => /\/embed(\.html)?$/.test(window.location.pathname);

/**
 * Keeps the Playground's trained weights with the optimiser's state and where the run stands:
 * in a share link's fragment (the optimiser's state when it fits), in a model file, in this
 * browser. A restore puts the settings in (the session is rebuilt for them), then — once the
 * session runs that very model — the weights and the training state, so the step count is the
 * saved run's and training goes on exactly; it reports the loss of the session's own weights on
 * the evaluation batch the Code tool's programs print first, and whether the optimiser's state
 * came too (read back from the session: what it holds, not what was sent).
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

  /** The weights and training state now (before a session exists: the seed's weights). */
  const kept = async (): Promise<Kept | null> => {
    const snap = config ? controller.exportSnapshot() : null;
    if (!snap) return null;
    const read = await controller.readTrainingState().catch(() => null);
    if (!read) return { ...snap, training: null };
    const step = read.training.run?.steps ?? snap.step;
    return { config: snap.config, weights: read.weights, step, training: read.training };
  };

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
      const saved = job.training;
      // Weights alone go on from their step with a fresh optimiser (weightsOnlyRun).
      const run =
        saved?.run ??
        weightsOnlyRun(config, job.step, expectedLoss({ config, weights: job.weights }));
      await controller.restore(job.weights, { optimiser: saved?.optimiser ?? null, run });
      const snap = controller.exportSnapshot();
      if (!snap) return;
      const back = await controller.readTrainingState().catch(() => null);
      const loss = expectedLoss({ config: snap.config, weights: snap.weights });
      const values = { source: job.source, step: run.steps, loss: loss.toFixed(6) };
      const optimiser = saved?.optimiser;
      const took =
        optimiser &&
        back?.training.optimiser?.kind === optimiser.kind &&
        back.training.optimiser.t === optimiser.t;
      const note = took
        ? s.optimiserKept
        : optimiser
          ? s.optimiserNotTaken
          : format(s.optimiserNotKept, { source: job.source });
      setMessage({ text: `${format(s.restored, values)} ${note}`, error: false, loss });
    })();

    /** A link's weights, read once, into the model the same link's settings build. */
    function readLink(c: SessionConfig): LinkRefusal | null {
      const hash = window.location.hash;
      if (!hasWeights(hash, instanceId)) return null;
      const model = createModel(c.spec);
      const read = decodeWeights(hash, instanceId, model.spec, model.layout.size);
      if (!read.ok) return read;
      const { weights, step, training } = read;
      pending.current = { weights, step, training, spec: specKey(c), source: s.sources.link };
      return null;
    }
  }, [ready, config, requests, controller, instanceId, s]);

  const fileText = async (): Promise<{ text: string; step: number } | null> => {
    const now = await kept();
    if (!now) return null;
    const text = writeModelFile(props, now.weights, now.step, now.training ?? undefined);
    return { text, step: now.step };
  };

  const readText = (text: string, source: string) => {
    const read = readModelFile(text, lang);
    if (!read.ok) return setMessage({ text: fileRefusalText(s.file, read), error: true });
    if (JSON.stringify(pairsOf(read.settings)) !== JSON.stringify(pairsOf(props)))
      setProps(read.settings);
    setMessage(null);
    const { weights, step, training, spec } = read;
    pending.current = { weights, step, training, spec, source };
    setRequests((n) => n + 1);
  };

  return {
    message,
    setMessage,
    /** The link with the weights and what it holds, or (url null) why there is none. */
    /**
     * Why there can be no link, known at once (a refused configuration, a model too big for any
     * link) without reading the session's state; null when link() should be asked.
     */
    noLink(): { readonly url: null; readonly text: string } | null {
      const snap = config ? controller.exportSnapshot() : null;
      if (!snap) return { url: null, text: s.refusedConfig };
      const spec = createModel(snap.config.spec).spec;
      const chars = shortestLink(instanceId, spec, snap.weights.length, snap.step);
      if (chars <= MAX_LINK_CHARS) return null;
      return { url: null, text: format(s.linkTooLong, { chars, limit: MAX_LINK_CHARS }) };
    },
    async link(): Promise<{ readonly url: string | null; readonly text: string }> {
      const now = await kept();
      if (!now) return { url: null, text: s.refusedConfig };
      const spec = createModel(now.config.spec).spec;
      const options = { training: now.training };
      const encoded = encodeWeights(instanceId, spec, now.weights, now.step, options);
      if (!encoded.ok) {
        const values = { chars: encoded.chars, limit: encoded.limit };
        return { url: null, text: format(s.linkTooLong, values) };
      }
      const here = window.location.href;
      const url = new URL(onEmbedPage() ? here : shareUrl(here, instanceId, pairsOf(props)));
      url.hash = encoded.fragment;
      const template = encoded.dtype === 'f64' ? s.linkExact : s.linkRounded;
      const what = format(template, { step: now.step, chars: url.toString().length });
      const o = encoded.optimiser;
      const extra =
        o.kept === 'kept'
          ? s.linkWithOptimiser
          : o.kept === 'tooLong'
            ? format(s.linkWeightsOnly, { chars: o.chars, limit: MAX_LINK_CHARS })
            : '';
      return { url: url.toString(), text: extra ? `${what} ${extra}` : what };
    },
    fileText: async () => (await fileText())?.text ?? null,
    loadFile: (text: string, name: string) => readText(text, format(s.sources.file, { name })),
    async save(): Promise<void> {
      const now = await kept();
      if (!now) return setMessage({ text: s.refusedConfig, error: true });
      const write = (training: KeptTraining | null) =>
        writeModelFile(props, now.weights, now.step, training ?? undefined);
      const text = write(now.training);
      const saved = saveInBrowser(text);
      const values = { kB: Math.ceil(text.length / 1024), step: now.step };
      if (saved.ok) return setMessage({ text: format(s.saved, values), error: false });
      // Full: the weights and the run's place without the optimiser's moments (a third the size).
      if (now.training?.optimiser) {
        const smaller = write({ ...now.training, optimiser: null });
        if (saveInBrowser(smaller).ok) {
          const kB = Math.ceil(smaller.length / 1024);
          const text = format(s.savedWeightsOnly, { ...values, kB, reason: saved.reason });
          return setMessage({ text, error: false });
        }
      }
      setMessage({ text: format(s.saveFailed, { reason: saved.reason }), error: true });
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
