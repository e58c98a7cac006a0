import type { WidgetInfo } from '../state/widgetInfo';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';
import { unrollInfo } from './Unroll/info';
import { sequenceShapesInfo } from './SequenceShapes/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [unrollInfo.name]: unrollInfo,
  [sequenceShapesInfo.name]: sequenceShapesInfo,
};

export const widgetNames = Object.keys(widgetInfos);
