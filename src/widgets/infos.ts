import type { WidgetInfo } from '../state/widgetInfo';
import { embeddingsInfo } from './Embeddings/info';
import { familyInfo } from './Family/info';
import { recurrenceStepperInfo } from './RecurrenceStepper/info';

/** Names and titles of every widget: what the page needs before any widget code loads. */
export const widgetInfos: Readonly<Record<string, WidgetInfo>> = {
  [recurrenceStepperInfo.name]: recurrenceStepperInfo,
  [familyInfo.name]: familyInfo,
  [embeddingsInfo.name]: embeddingsInfo,
};

export const widgetNames = Object.keys(widgetInfos);
