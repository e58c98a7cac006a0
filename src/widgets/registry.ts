import type { ComponentType } from 'react';

/** How each widget's code is fetched: a separate chunk, loaded when it nears the viewport. */
export const widgetLoaders: Readonly<Record<string, () => Promise<{ default: ComponentType }>>> = {
  RecurrenceStepper: () => import('./RecurrenceStepper/Widget'),
  Cliff: () => import('./Cliff/Widget'),
  GradientFlow: () => import('./GradientFlow/Widget'),
};
