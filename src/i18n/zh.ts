import type { Strings } from './en';
import { site, content, widget, engineBadge } from './zh/common';
import { figure } from './zh/figure';
import { recurrenceStepper } from './zh/recurrenceStepper';
import { algorithmRace } from './zh/algorithmRace';
import { bpttStepper } from './zh/bpttStepper';
import { forgetGate } from './zh/forgetGate';
import { gradientCheck } from './zh/gradientCheck';
import { latch } from './zh/latch';
import { peepholes } from './zh/peepholes';
import { clockworkWave } from './zh/clockworkWave';
import { longLag } from './zh/longLag';
import { counter } from './zh/counter';
import { variants } from './zh/variants';
import { charRnn } from './zh/charRnn';
import { charRnnConnectivity } from './zh/charRnnConnectivity';
import { echoState } from './zh/echoState';
import { unroll } from './zh/unroll';
import { sequenceShapes } from './zh/sequenceShapes';
import { family } from './zh/family';
import { embeddings } from './zh/embeddings';
import { cliff } from './zh/cliff';
import { gradientFlow } from './zh/gradientFlow';
import { clockGradient } from './zh/clockGradient';
import { training } from './zh/training';
import { lstmGates } from './zh/lstmGates';
import { clockSchedule } from './zh/clockSchedule';
import { phasedGate } from './zh/phasedGate';
import { gateTraces } from './zh/gateTraces';
import { notation } from './zh/notation';
import { codeStepper } from './zh/codeStepper';
import { minCharRnn } from './zh/minCharRnn';
import { engineRace } from './zh/engineRace';
import { codeExport } from './zh/codeExport';
import { playgroundKeep } from './zh/playgroundKeep';
import { embedRuntime } from './zh/embedRuntime';
import { embedKit } from './zh/embedKit';
import { playground } from './zh/playground';
import { playgroundWatch } from './zh/playgroundWatch';
import { playgroundEsn } from './zh/playgroundEsn';

/** 中文界面文字，结构与 en.ts 完全相同；每个图示一个文件，在 `zh/` 下。 */
export const zh: Strings = {
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
};
