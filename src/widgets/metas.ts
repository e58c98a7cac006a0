import type { WidgetMeta } from '../state/widgetMeta';
import { cliffMeta } from './Cliff/meta';
import { gradientFlowMeta } from './GradientFlow/meta';
import { recurrenceStepperMeta } from './RecurrenceStepper/meta';

/**
 * Every widget's meta (props schema and presets), keyed by name. It imports no React, so the
 * MDX build validates widget props in Node with the same schemas the browser uses. In the
 * browser it is loaded with the widget runtime, never with the first page.
 */
export const widgetMetas: Readonly<Record<string, WidgetMeta>> = {
  [recurrenceStepperMeta.name]: recurrenceStepperMeta,
  [cliffMeta.name]: cliffMeta,
  [gradientFlowMeta.name]: gradientFlowMeta,
};
