import type { WidgetMeta } from '../state/widgetMeta';
import { algorithmRaceMeta } from './AlgorithmRace/meta';
import { bpttStepperMeta } from './BPTTStepper/meta';
import { latchMeta } from './Latch/meta';
import { charRnnMeta } from './CharRNN/meta';
import { echoStateMeta } from './EchoState/meta';
import { embeddingsMeta } from './Embeddings/meta';
import { familyMeta } from './Family/meta';
import { cliffMeta } from './Cliff/meta';
import { gradientFlowMeta } from './GradientFlow/meta';
import { recurrenceStepperMeta } from './RecurrenceStepper/meta';
import { unrollMeta } from './Unroll/meta';
import { sequenceShapesMeta } from './SequenceShapes/meta';

/**
 * Every widget's meta (props schema and presets), keyed by name. It imports no React, so the
 * MDX build validates widget props in Node with the same schemas the browser uses. In the
 * browser it is loaded with the widget runtime, never with the first page.
 */
export const widgetMetas: Readonly<Record<string, WidgetMeta>> = {
  [recurrenceStepperMeta.name]: recurrenceStepperMeta,
  [latchMeta.name]: latchMeta,
  [bpttStepperMeta.name]: bpttStepperMeta,
  [algorithmRaceMeta.name]: algorithmRaceMeta,
  [charRnnMeta.name]: charRnnMeta,
  [echoStateMeta.name]: echoStateMeta,
  [unrollMeta.name]: unrollMeta,
  [sequenceShapesMeta.name]: sequenceShapesMeta,
  [familyMeta.name]: familyMeta,
  [embeddingsMeta.name]: embeddingsMeta,
  [cliffMeta.name]: cliffMeta,
  [gradientFlowMeta.name]: gradientFlowMeta,
};
