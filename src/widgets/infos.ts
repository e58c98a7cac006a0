import type { WidgetInfo } from '../state/widgetInfo';
import { charRnnInfo } from './CharRNN/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [charRnnInfo.name]: charRnnInfo,
};

export const widgetNames = Object.keys(widgetInfos);
