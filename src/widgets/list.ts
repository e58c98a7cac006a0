import type { WidgetEntry } from './host/widgetEntry';
import { algorithmRaceInfo } from './AlgorithmRace/info';
import { bpttStepperInfo } from './BPTTStepper/info';
import { charRnnInfo } from './CharRNN/info';
import { cliffInfo } from './Cliff/info';
import { clockScheduleInfo } from './ClockSchedule/info';
import { clockGradientInfo } from './ClockGradient/info';
import { echoStateInfo } from './EchoState/info';
import { embeddingsInfo } from './Embeddings/info';
import { familyInfo } from './Family/info';
import { forgetGateInfo } from './ForgetGate/info';
import { gradientFlowInfo } from './GradientFlow/info';
import { latchInfo } from './Latch/info';
import { peepholesInfo } from './Peepholes/info';
import { phasedGateInfo } from './PhasedGate/info';
import { clockworkWaveInfo } from './ClockworkWave/info';
import { gateTracesInfo } from './GateTraces/info';
import { lstmGatesInfo } from './LSTMGates/info';
import { longLagInfo } from './LongLag/info';
import { counterInfo } from './Counter/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';
import { sequenceShapesInfo } from './SequenceShapes/info';
import { unrollInfo } from './Unroll/info';
import { variantsInfo } from './Variants/info';
import { codeStepperInfo } from './CodeStepper/info';
import { gradientCheckInfo } from './GradientCheck/info';
import { minCharRnnInfo } from './MinCharRNN/info';
import { engineRaceInfo } from './EngineRace/info';
import { codeExportInfo } from './CodeExport/info';
import { playgroundInfo } from './Playground/info';

/**
 * Every widget, one line each. The infos are tiny and import nothing, so this list costs the
 * first page almost nothing; metas (zod) and components load on demand, each its own chunk.
 * Adding a widget: its folder (info, meta, Widget, strings, tests) and one line here.
 */
export const widgetList: readonly WidgetEntry[] = [
  {
    info: recurrenceStepperInfo,
    loadMeta: () => import('./RecurrenceStepper/meta').then((m) => m.recurrenceStepperMeta),
    loadWidget: () => import('./RecurrenceStepper/Widget'),
  },
  {
    info: latchInfo,
    loadMeta: () => import('./Latch/meta').then((m) => m.latchMeta),
    loadWidget: () => import('./Latch/Widget'),
  },
  {
    info: bpttStepperInfo,
    loadMeta: () => import('./BPTTStepper/meta').then((m) => m.bpttStepperMeta),
    loadWidget: () => import('./BPTTStepper/Widget'),
  },
  {
    info: algorithmRaceInfo,
    loadMeta: () => import('./AlgorithmRace/meta').then((m) => m.algorithmRaceMeta),
    loadWidget: () => import('./AlgorithmRace/Widget'),
  },
  {
    info: charRnnInfo,
    loadMeta: () => import('./CharRNN/meta').then((m) => m.charRnnMeta),
    loadWidget: () => import('./CharRNN/Widget'),
  },
  {
    info: echoStateInfo,
    loadMeta: () => import('./EchoState/meta').then((m) => m.echoStateMeta),
    loadWidget: () => import('./EchoState/Widget'),
  },
  {
    info: unrollInfo,
    loadMeta: () => import('./Unroll/meta').then((m) => m.unrollMeta),
    loadWidget: () => import('./Unroll/Widget'),
  },
  {
    info: sequenceShapesInfo,
    loadMeta: () => import('./SequenceShapes/meta').then((m) => m.sequenceShapesMeta),
    loadWidget: () => import('./SequenceShapes/Widget'),
  },
  {
    info: familyInfo,
    loadMeta: () => import('./Family/meta').then((m) => m.familyMeta),
    loadWidget: () => import('./Family/Widget'),
  },
  {
    info: embeddingsInfo,
    loadMeta: () => import('./Embeddings/meta').then((m) => m.embeddingsMeta),
    loadWidget: () => import('./Embeddings/Widget'),
  },
  {
    info: cliffInfo,
    loadMeta: () => import('./Cliff/meta').then((m) => m.cliffMeta),
    loadWidget: () => import('./Cliff/Widget'),
  },
  {
    info: gradientFlowInfo,
    loadMeta: () => import('./GradientFlow/meta').then((m) => m.gradientFlowMeta),
    loadWidget: () => import('./GradientFlow/Widget'),
  },
  {
    info: forgetGateInfo,
    loadMeta: () => import('./ForgetGate/meta').then((m) => m.forgetGateMeta),
    loadWidget: () => import('./ForgetGate/Widget'),
  },
  {
    info: clockworkWaveInfo,
    loadMeta: () => import('./ClockworkWave/meta').then((m) => m.clockworkWaveMeta),
    loadWidget: () => import('./ClockworkWave/Widget'),
  },
  {
    info: peepholesInfo,
    loadMeta: () => import('./Peepholes/meta').then((m) => m.peepholesMeta),
    loadWidget: () => import('./Peepholes/Widget'),
  },
  {
    info: longLagInfo,
    loadMeta: () => import('./LongLag/meta').then((m) => m.longLagMeta),
    loadWidget: () => import('./LongLag/Widget'),
  },
  {
    info: counterInfo,
    loadMeta: () => import('./Counter/meta').then((m) => m.counterMeta),
    loadWidget: () => import('./Counter/Widget'),
  },
  {
    info: variantsInfo,
    loadMeta: () => import('./Variants/meta').then((m) => m.variantsMeta),
    loadWidget: () => import('./Variants/Widget'),
  },
  {
    info: lstmGatesInfo,
    loadMeta: () => import('./LSTMGates/meta').then((m) => m.lstmGatesMeta),
    loadWidget: () => import('./LSTMGates/Widget'),
  },
  {
    info: gateTracesInfo,
    loadMeta: () => import('./GateTraces/meta').then((m) => m.gateTracesMeta),
    loadWidget: () => import('./GateTraces/Widget'),
  },
  {
    info: clockScheduleInfo,
    loadMeta: () => import('./ClockSchedule/meta').then((m) => m.clockScheduleMeta),
    loadWidget: () => import('./ClockSchedule/Widget'),
  },
  {
    info: clockGradientInfo,
    loadMeta: () => import('./ClockGradient/meta').then((m) => m.clockGradientMeta),
    loadWidget: () => import('./ClockGradient/Widget'),
  },
  {
    info: phasedGateInfo,
    loadMeta: () => import('./PhasedGate/meta').then((m) => m.phasedGateMeta),
    loadWidget: () => import('./PhasedGate/Widget'),
  },
  {
    info: codeStepperInfo,
    loadMeta: () => import('./CodeStepper/meta').then((m) => m.codeStepperMeta),
    loadWidget: () => import('./CodeStepper/Widget'),
  },
  {
    info: gradientCheckInfo,
    loadMeta: () => import('./GradientCheck/meta').then((m) => m.gradientCheckMeta),
    loadWidget: () => import('./GradientCheck/Widget'),
  },
  {
    info: minCharRnnInfo,
    loadMeta: () => import('./MinCharRNN/meta').then((m) => m.minCharRnnMeta),
    loadWidget: () => import('./MinCharRNN/Widget'),
  },
  {
    info: engineRaceInfo,
    loadMeta: () => import('./EngineRace/meta').then((m) => m.engineRaceMeta),
    loadWidget: () => import('./EngineRace/Widget'),
  },
  {
    info: codeExportInfo,
    loadMeta: () => import('./CodeExport/meta').then((m) => m.codeExportMeta),
    loadWidget: () => import('./CodeExport/Widget'),
  },
  {
    info: playgroundInfo,
    loadMeta: () => import('./Playground/meta').then((m) => m.playgroundMeta),
    loadWidget: () => import('./Playground/Widget'),
  },
];

/** The entry of the widget called `name`, if there is one. */
export function findWidget(name: string): WidgetEntry | undefined {
  return widgetList.find((entry) => entry.info.name === name);
}
