import type { WidgetInfo } from '../state/widgetInfo';
import { algorithmRaceInfo } from './AlgorithmRace/info';
import { bpttStepperInfo } from './BPTTStepper/info';
import { latchInfo } from './Latch/info';
import { charRnnInfo } from './CharRNN/info';
import { echoStateInfo } from './EchoState/info';
import { embeddingsInfo } from './Embeddings/info';
import { familyInfo } from './Family/info';
import { cliffInfo } from './Cliff/info';
import { gradientFlowInfo } from './GradientFlow/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';
import { unrollInfo } from './Unroll/info';
import { sequenceShapesInfo } from './SequenceShapes/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [latchInfo.name]: latchInfo,
  [bpttStepperInfo.name]: bpttStepperInfo,
  [algorithmRaceInfo.name]: algorithmRaceInfo,
  [charRnnInfo.name]: charRnnInfo,
  [echoStateInfo.name]: echoStateInfo,
  [unrollInfo.name]: unrollInfo,
  [sequenceShapesInfo.name]: sequenceShapesInfo,
  [familyInfo.name]: familyInfo,
  [embeddingsInfo.name]: embeddingsInfo,
  [cliffInfo.name]: cliffInfo,
  [gradientFlowInfo.name]: gradientFlowInfo,
};

export const widgetNames = Object.keys(widgetInfos);
