import { StrictMode, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import type { Sample } from '../core/model';
import { oneHot } from '../core/vocabulary';
import { isLang, type Lang } from '../i18n';
import type { EngineInfo, EngineRequest, ProgressInfo, SessionConfig, SessionState } from '../sim';
import { EngineBadge } from '../ui/EngineBadge';
import { LangContext } from '../ui/LangContext';
import '../ui/styles.css';
import { followPageVisibility } from '../widgets/training/pageVisibility';
import { useTrainingSession } from '../widgets/training/useTrainingSession';

/**
 * A test harness, not part of the site (no link leads here): one character model training in a
 * session with the engine badge, driven by e2e/engineSessions.spec.ts.
 * `engine-harness.html?engine=webgl&lang=zh`; `backend=thread` trains on the page's thread.
 *
 * TEST HOOK: the page publishes `window.__engineHarness` (the session's state, progress, engine
 * and the engine events so far, and `loseWebGLContext()`, which loses tfjs's WebGL context on
 * purpose as a GPU reset would). Only this page defines it; the site never does.
 */
const TEXT =
  'the river ran past the mill and the mill wheel turned and the miller sang as the ' +
  'water fell and rose again and the children ran along the bank to watch the wheel turn';
const ALPHABET = ' abcdefghijklmnopqrstuvwxyz';
const V = ALPHABET.length;
const T = 16;

function textSamples(): Sample[] {
  const ids = [...TEXT].map((c) => Math.max(0, ALPHABET.indexOf(c)));
  const samples: Sample[] = [];
  for (let start = 0; start + T + 1 <= ids.length; start += 4) {
    const window = ids.slice(start, start + T + 1);
    samples.push({
      inputs: window.slice(0, T).map((id) => oneHot(id, V)),
      targets: window.slice(1),
    });
  }
  return samples;
}

interface HarnessGlobal {
  state: SessionState;
  progress: ProgressInfo | null;
  engine: EngineInfo | null;
  backend: 'worker' | 'thread' | null;
  engines: EngineInfo[];
  /** Every progress the page rendered: step and smoothed loss. */
  steps: { step: number; loss: number }[];
  error: string | null;
  loseWebGLContext(): Promise<void>;
}

const query = new URLSearchParams(window.location.search);
const requestedLang = query.get('lang') ?? 'en';
const lang: Lang = isLang(requestedLang) ? requestedLang : 'en';
const ENGINES: readonly EngineRequest[] = ['auto', 'core', 'simd', 'webgl', 'wasm', 'cpu'];
const asked = query.get('engine') as EngineRequest | null;
const engine: EngineRequest = asked && ENGINES.includes(asked) ? asked : 'webgl';
const onPage = query.get('backend') === 'thread' ? { backend: 'thread' as const } : {};
const hook = window as unknown as { __engineHarness?: HarnessGlobal };
const engineLog: EngineInfo[] = [];
const stepLog: { step: number; loss: number }[] = [];

function Harness() {
  const config = useMemo<SessionConfig>(
    () => ({
      spec: {
        cell: { kind: 'srn', activation: 'tanh' },
        inputSize: V,
        hiddenSize: 32,
        outputSize: V,
        layers: 1,
        bidirectional: false,
        output: 'softmax',
      },
      seed: 3,
      train: { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 },
      data: { kind: 'samples', samples: textSamples() },
      batchSize: 8,
    }),
    [],
  );
  const training = useTrainingSession(config, {
    engine,
    unit: 'chars',
    concurrent: true,
    ...onPage,
  });
  const { session, state, progress, engine: info, error } = training;
  useEffect(() => {
    if (info) engineLog.push(info);
  }, [info]);
  useEffect(() => {
    if (progress) stepLog.push({ step: progress.step, loss: progress.lossSmoothed });
  }, [progress]);
  useEffect(() => {
    hook.__engineHarness = {
      state,
      progress,
      engine: info,
      backend: session?.backend ?? null,
      engines: engineLog,
      steps: stepLog,
      error,
      loseWebGLContext: () =>
        session ? session.debugLoseWebGLContext() : Promise.reject(new Error('no session')),
    };
  }, [state, progress, info, session, error]);
  return (
    <section data-harness="engineSessions" data-state={state}>
      <h1>Training engines</h1>
      <EngineBadge {...training.badge} />
      <p>
        <button type="button" onClick={() => void session?.start()} disabled={!session}>
          Train
        </button>{' '}
        <button type="button" onClick={() => void session?.pause()} disabled={!session}>
          Pause
        </button>
      </p>
      <p data-testid="progress">
        {progress
          ? `step ${progress.step} · loss ${progress.lossSmoothed.toFixed(3)}`
          : 'not trained yet'}
      </p>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}

document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
followPageVisibility();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangContext.Provider value={lang}>
      <Harness />
    </LangContext.Provider>
  </StrictMode>,
);
