import type { ReactNode } from 'react';
import type { WidgetMeta } from '../../state/widgetMeta';
import { PresetRow } from './PresetRow';
import { SeedButton } from './SeedButton';
import { SliderTable, type SliderRow } from './SliderTable';

/** The keys of P whose values are numbers. */
export type NumberKey<P> = {
  [K in keyof P]-?: P[K] extends number ? K : never;
}[keyof P] &
  string;

export interface JobSettingsProps<P extends object, K extends NumberKey<P>> {
  readonly meta: WidgetMeta;
  readonly props: P;
  readonly setProps: (patch: Partial<P>) => void;
  /** The sliders, in order: `[key, min, max, step]` (see `SliderRow`). */
  readonly sliders: readonly SliderRow<K>[];
  /** Each slider's label (the figure's strings will do). */
  readonly labels: Readonly<Record<K, string>>;
  /** What shares the preset row, before the select (a task select, a word field). */
  readonly presetField?: ReactNode;
  /** What follows the sliders (a note, another control). */
  readonly children?: ReactNode;
}

/**
 * What a figure keeps under "More settings": the preset row, its sliders from a table, anything
 * of its own, and — when its props have a `seed` — the seed button.
 */
export function JobSettings<P extends object, K extends NumberKey<P>>({
  meta,
  props,
  setProps,
  sliders,
  labels,
  presetField,
  children,
}: JobSettingsProps<P, K>) {
  const seed = 'seed' in props ? props.seed : undefined;
  return (
    <>
      <PresetRow meta={meta} props={props} onApply={setProps}>
        {presetField}
      </PresetRow>
      <SliderTable
        rows={sliders}
        values={props as Readonly<Record<K, number>>}
        labels={labels}
        onChange={(patch) => setProps(patch as Partial<P>)}
      />
      {children}
      {typeof seed === 'number' && (
        <SeedButton
          seed={seed}
          onSeed={(next) => setProps(Object.assign({} as Partial<P>, { seed: next }))}
        />
      )}
    </>
  );
}
