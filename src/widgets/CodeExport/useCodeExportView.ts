import { useMemo, type RefObject } from 'react';
import type { OptimiserSpec } from '../../core/train';
import { exportPrograms, initialWeights, type ExportBundle, type SessionConfig } from '../../sim';
import { vocabularyOf } from '../../core/vocabulary';
import { useStrings } from '../../ui/LangContext';
import { useWidgetBusy, useWidgetProps } from '../host/context';
import { useTrainingSession } from '../training/useTrainingSession';
import { PROGRAM_TRAIN_STEPS } from './CodePanel';
import { codeExportMeta } from './meta';

type Props = ReturnType<typeof useWidgetProps<typeof codeExportMeta>>[0];

/** Steps one press of the Train button runs. */
export const TRAIN_STEPS = 50;
const SEQ_LENGTH = 16;
const BATCH = 4;

function optimiserOf(kind: Props['optimiser'], lr: number): OptimiserSpec {
  if (kind === 'momentum') return { kind, lr, momentum: 0.9 };
  return { kind, lr };
}

/** The figure's session config: its cell, sizes, optimiser and data (a sentence or a task). */
export function codeExportConfig(p: Props, text: string): SessionConfig {
  const cell =
    p.cell === 'lstm'
      ? ({ kind: 'lstm', peepholes: false, forgetBias: 1 } as const)
      : p.cell === 'gru'
        ? ({ kind: 'gru' } as const)
        : ({ kind: 'srn', activation: 'tanh' } as const);
  const V = vocabularyOf(text).symbols.length;
  const textTask = p.task === 'text';
  return {
    spec: {
      cell,
      inputSize: textTask ? V : 2,
      hiddenSize: p.hidden,
      outputSize: textTask ? V : 1,
      layers: 1,
      bidirectional: false,
      output: textTask ? 'softmax' : 'linear',
    },
    seed: p.seed,
    train: {
      optimiser: optimiserOf(p.optimiser, p.lr),
      ...(p.clip > 0 ? { clipNorm: p.clip } : {}),
    },
    data: textTask
      ? { kind: 'task', name: 'charCorpus', params: { text, seqLength: SEQ_LENGTH } }
      : { kind: 'task', name: 'addingModern', params: { T: SEQ_LENGTH } },
    batchSize: BATCH,
  };
}

/**
 * The figure's logic: a small training session on the reader's settings, a Train button that
 * runs 50 steps, and the three programs for the weights whenever training is not running.
 */
export function useCodeExportView(root: RefObject<HTMLDivElement | null>) {
  const s = useStrings().codeExport;
  const [props, setProps] = useWidgetProps(codeExportMeta);
  const config = useMemo(() => codeExportConfig(props, s.text), [props, s.text]);
  const training = useTrainingSession(config, { root });
  const running = training.state === 'running';
  useWidgetBusy(running);
  const { controller, step, session } = training;
  const bundle: ExportBundle | null = useMemo(() => {
    if (running) return null;
    // Until the controller has taken a new config, its session still holds the old model.
    const snapshot = session ? controller.exportSnapshot() : null;
    const weights = snapshot?.config === config ? snapshot.weights : initialWeights(config);
    return exportPrograms({
      config,
      weights,
      source: `CodeExport, ${step} steps`,
      trainSteps: PROGRAM_TRAIN_STEPS,
    });
  }, [controller, session, running, step, config]);
  return {
    props,
    setProps,
    training,
    running,
    bundle,
    train: () => void controller.step(TRAIN_STEPS),
  };
}
