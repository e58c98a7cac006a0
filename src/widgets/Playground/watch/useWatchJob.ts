import { useContext, useEffect, useMemo, useState, type RefObject } from 'react';
import type { MetricKind, WatchInput } from '../../../core/experiments';
import type { ModelSpec } from '../../../core/model';
import type { Sample } from '../../../core/tasks';
import { resolveConfig, type SessionConfig } from '../../../sim';
import { initialWeightsOf } from '../../../sim/sessionWeights';
import { useJob } from '../../../ui/useJob';
import { WidgetContext } from '../../host/context';
import type { SessionController } from '../../training/sessionController';
import { withWatch, type History, type WeightsAt } from '../history';

/** What the job reads while there is nothing to watch (never started). */
const PLACEHOLDER: WatchInput = {
  spec: {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: 1,
    hiddenSize: 1,
    outputSize: 1,
    layers: 1,
    bidirectional: false,
    output: 'linear',
  },
  params: new Float64Array(4),
  samples: [],
  kind: 'mse',
};
// Not a run the reader starts: it neither pauses training nor is paused by it.
const CONCURRENT = { concurrent: true } as const;

interface Request {
  readonly config: SessionConfig;
  readonly at: WeightsAt;
  readonly input: WatchInput;
}

/**
 * The Playground's Watch as a background job (src/sim/jobs 'playgroundWatch', in the worker
 * pool): it reads the newest weights the history holds — or the seed's before training — only
 * when the job before has finished, so a slow evaluation is never cancelled by the next progress
 * event, and hands each result back into the controller's history. Off screen or in a hidden tab
 * the job waits, like the session.
 */
export function useWatchJob<X extends History>({
  config,
  spec,
  samples,
  kind,
  history,
  controller,
  element,
}: {
  readonly config: SessionConfig | null;
  readonly spec: ModelSpec | null;
  readonly samples: readonly Sample[] | null;
  readonly kind: MetricKind;
  readonly history: History;
  readonly controller: SessionController<X>;
  readonly element: RefObject<Element | null>;
}) {
  const { store } = useContext(WidgetContext)!;
  // Before training, and after a reset: the seed's weights.
  const initial = useMemo<WeightsAt | null>(
    () => config && { step: 0, seconds: 0, weights: initialWeightsOf(resolveConfig(config)) },
    [config],
  );
  const wanted = history.pending ?? (history.latest ? null : initial);
  const [request, setRequest] = useState<Request | null>(null);
  // Which weights each input was made from: a result is filed under its own request, which the
  // next request may already have replaced by the time it is handed back.
  const [requests] = useState(() => new WeakMap<WatchInput, Request>());
  const job = useJob('playgroundWatch', request?.input ?? PLACEHOLDER, {
    auto: request !== null,
    element,
    status: store,
    job: CONCURRENT,
  });
  const stale = request !== null && request.config !== config;
  const free = request === null || stale || !['running', 'pausing', 'held'].includes(job.state);
  // A new request only once the job before is over (or its settings are gone).
  if (config && spec && samples && wanted && free && request?.at !== wanted) {
    const next = { config, at: wanted, input: { spec, params: wanted.weights, samples, kind } };
    requests.set(next.input, next);
    setRequest(next);
  } else if (!config && request) setRequest(null);

  const finished = job.last;
  useEffect(() => {
    const made = finished?.result ? requests.get(finished.input) : undefined;
    if (!made || !finished?.result || made.config !== config) return;
    const watch = finished.result;
    controller.setExtra((h) => withWatch(h, made.at, watch) as X);
  }, [finished, requests, config, controller]);

  return { state: job.state, reason: job.reason, error: job.last?.error ?? null };
}
