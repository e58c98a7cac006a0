import { useId } from 'react';
import { encodeField } from '../../state/propsCodec';
import type { WidgetMeta } from '../../state/widgetMeta';
import { useLang, useStrings } from '../../ui/LangContext';
import { useWidgetState } from './context';

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

/** A select over the meta's named presets; choosing one applies its values. */
export function PresetSelect({ meta }: { meta: WidgetMeta }) {
  const id = useId();
  const lang = useLang();
  const w = useStrings().widget;
  const props = useWidgetState<AnyProps, AnyProps>((s) => s.props);
  const setProps = useWidgetState<AnyProps, (p: AnyProps) => void>((s) => s.setProps);
  const current = matchingPreset(meta, props);
  return (
    <div className="field">
      <label htmlFor={id}>{w.preset}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => {
          const preset = meta.presets[e.currentTarget.value];
          if (preset) setProps(preset.values as AnyProps);
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
  );
}
