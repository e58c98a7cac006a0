import { useId, type ReactNode } from 'react';
import { encodeField } from '../../state/propsCodec';
import type { WidgetMeta } from '../../state/widgetMeta';
import { useLang, useStrings } from '../LangContext';
import { useControlMode } from './controlRules';

type AnyProps = Record<string, unknown>;

/** Which preset the props match (every value the preset sets), or '' for a custom setting. */
export function matchingPreset(meta: WidgetMeta, props: AnyProps): string {
  for (const [key, preset] of Object.entries(meta.presets)) {
    const values = preset.values as AnyProps;
    if (Object.keys(values).every((k) => encodeField(values[k]) === encodeField(props[k])))
      return key;
  }
  return '';
}

/** Every prop some preset of the meta sets. */
function presetKeys(meta: WidgetMeta): string[] {
  const keys = new Set<string>();
  for (const preset of Object.values(meta.presets)) for (const k in preset.values) keys.add(k);
  return [...keys];
}

export interface PresetRowProps<P> {
  readonly meta: WidgetMeta;
  readonly props: P;
  /** Called with the chosen preset's values. */
  readonly onApply: (values: Partial<P>) => void;
  /** What shares the row before the select: the word or sentence field. */
  readonly children?: ReactNode;
}

/** The word/preset row: an optional input, then a select over the meta's named presets. */
export function PresetRow<P extends object>({ meta, props, onApply, children }: PresetRowProps<P>) {
  const id = useId();
  const lang = useLang();
  const w = useStrings().widget;
  const current = matchingPreset(meta, props as AnyProps);
  // A preset sets several props: it is hidden with all of them, locked with any of them.
  const mode = useControlMode(presetKeys(meta), false);
  return (
    <div className="figure-row preset-row">
      {children}
      {mode !== 'hidden' && (
        <div className="field">
          <label htmlFor={id}>{w.preset}</label>
          <select
            id={id}
            value={current}
            disabled={mode === 'locked'}
            onChange={(e) => {
              const preset = meta.presets[e.currentTarget.value];
              if (preset) onApply(preset.values as Partial<P>);
            }}
          >
            {current === '' && <option value="">{w.presetCustom}</option>}
            {Object.entries(meta.presets).map(([key, preset]) => (
              <option key={key} value={key}>
                {preset.label[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
