import { PropControl } from '../../ui/figure';
import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { SIZE_MAX, type familyMeta } from './meta';

type Props = PropsOf<typeof familyMeta>;

/** The sizes I, H (N for the ESN) and O, the deep RNN's layers and the LSTM's peepholes. */
export function SizeSettings({
  props,
  setProps,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
}) {
  const s = useStrings().family;
  const { member } = props;
  const size = (label: string, key: keyof typeof SIZE_MAX) => (
    <Slider
      prop={key}
      label={label}
      value={props[key]}
      min={1}
      max={SIZE_MAX[key]}
      step={1}
      format={String}
      onChange={(to) => setProps({ [key]: to })}
    />
  );
  return (
    <>
      {size(s.inputSize, 'inputSize')}
      {size(member === 'esn' ? s.reservoirSize : s.hiddenSize, 'hiddenSize')}
      {size(s.outputSize, 'outputSize')}
      {member === 'deep' && (
        <Slider
          prop="layers"
          label={s.layers}
          value={props.layers}
          min={2}
          max={4}
          step={1}
          format={String}
          onChange={(layers) => setProps({ layers })}
        />
      )}
      {member === 'lstm' && (
        <PropControl prop="peepholes">
          <label className="family__check">
            <input
              type="checkbox"
              checked={props.peepholes}
              onChange={(e) => setProps({ peepholes: e.currentTarget.checked })}
            />
            {s.peepholes}
          </label>
        </PropControl>
      )}
    </>
  );
}
