import type { ComponentType } from 'react';

/** How each widget's code is fetched: a separate chunk, loaded when it nears the viewport. */
export const widgetLoaders: Readonly<Record<string, () => Promise<{ default: ComponentType }>>> = {
  RecurrenceStepper: () => import('./RecurrenceStepper/Widget'),
  Latch: () => import('./Latch/Widget'),
  BPTTStepper: () => import('./BPTTStepper/Widget'),
  AlgorithmRace: () => import('./AlgorithmRace/Widget'),
  CharRNN: () => import('./CharRNN/Widget'),
  EchoState: () => import('./EchoState/Widget'),
  Unroll: () => import('./Unroll/Widget'),
  SequenceShapes: () => import('./SequenceShapes/Widget'),
  Family: () => import('./Family/Widget'),
  Embeddings: () => import('./Embeddings/Widget'),
  Cliff: () => import('./Cliff/Widget'),
  GradientFlow: () => import('./GradientFlow/Widget'),
};
