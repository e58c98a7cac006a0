import type { WidgetInfo } from '../state/widgetInfo';
import { cliffInfo } from './Cliff/info';
import { gradientFlowInfo } from './GradientFlow/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [cliffInfo.name]: cliffInfo,
  [gradientFlowInfo.name]: gradientFlowInfo,
};

export const widgetNames = Object.keys(widgetInfos);
