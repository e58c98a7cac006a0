import type { WidgetInfo } from '../state/widgetInfo';
import { cliffInfo } from './Cliff/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [cliffInfo.name]: cliffInfo,
};

export const widgetNames = Object.keys(widgetInfos);
