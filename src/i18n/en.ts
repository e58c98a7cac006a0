import { site, content, widget, engineBadge } from './en/common';
import { figure } from './en/figure';
import { recurrenceStepper } from './en/recurrenceStepper';
import { algorithmRace } from './en/algorithmRace';
import { bpttStepper } from './en/bpttStepper';
import { forgetGate } from './en/forgetGate';
import { gradientCheck } from './en/gradientCheck';
import { latch } from './en/latch';
import { peepholes } from './en/peepholes';
import { clockworkWave } from './en/clockworkWave';
import { longLag } from './en/longLag';
import { counter } from './en/counter';
import { variants } from './en/variants';
import { charRnn } from './en/charRnn';
import { charRnnConnectivity } from './en/charRnnConnectivity';
import { echoState } from './en/echoState';
import { unroll } from './en/unroll';
import { sequenceShapes } from './en/sequenceShapes';
import { family } from './en/family';
import { embeddings } from './en/embeddings';
import { cliff } from './en/cliff';
import { gradientFlow } from './en/gradientFlow';
import { clockGradient } from './en/clockGradient';
import { training } from './en/training';
import { lstmGates } from './en/lstmGates';
import { clockSchedule } from './en/clockSchedule';
import { phasedGate } from './en/phasedGate';
import { gateTraces } from './en/gateTraces';
import { notation } from './en/notation';
import { codeStepper } from './en/codeStepper';
import { minCharRnn } from './en/minCharRnn';
import { engineRace } from './en/engineRace';
import { codeExport } from './en/codeExport';
import { playgroundKeep } from './en/playgroundKeep';
import { embedRuntime } from './en/embedRuntime';
import { embedKit } from './en/embedKit';
import { playground } from './en/playground';
import { playgroundWatch } from './en/playgroundWatch';
import { playgroundEsn } from './en/playgroundEsn';

/**
 * English UI strings, one file per widget under `en/`. `zh.ts` must have the same shape (the
 * type checker enforces it).
 */
export const en = {
  site,
  content,
  widget,
  figure,
  engineBadge,
  training,
  recurrenceStepper,
  algorithmRace,
  bpttStepper,
  latch,
  forgetGate,
  gradientCheck,
  peepholes,
  clockworkWave,
  longLag,
  counter,
  variants,
  charRnn,
  charRnnConnectivity,
  echoState,
  unroll,
  sequenceShapes,
  family,
  embeddings,
  cliff,
  gradientFlow,
  clockGradient,
  lstmGates,
  clockSchedule,
  phasedGate,
  gateTraces,
  notation,
  codeStepper,
  minCharRnn,
  engineRace,
  codeExport,
  playgroundKeep,
  embedRuntime,
  embedKit,
  playground,
  playgroundWatch,
  playgroundEsn,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Strings = Widen<typeof en>;
