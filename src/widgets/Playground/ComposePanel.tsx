import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { ACTIVATIONS, HEADS, INIT_KINDS, LSTM_VARIANT_NAMES, PLAYGROUND_CELLS } from './choices';
import { EsnFields } from './esn/EsnFields';
import { CheckField, DraftField, SelectField } from './fields';
import { rangeOf } from './ranges';
import type { PlaygroundSettings } from './settings';

interface PanelProps {
  readonly props: PlaygroundSettings;
  readonly setProps: (patch: Partial<PlaygroundSettings>) => void;
}

const parsePeriods = (text: string): number[] | null => {
  const parts = text.split(',').map((p) => Number(p.trim()));
  const ok = parts.length >= 1 && parts.length <= 16;
  return ok && parts.every((p) => Number.isInteger(p) && p >= 1 && p <= 1024) ? parts : null;
};

/** A numeric setting as a typed field with its schema's range in the message. */
export function NumberSetting({
  name,
  label,
  props,
  setProps,
}: PanelProps & { readonly name: Parameters<typeof rangeOf>[0]; readonly label: string }) {
  const s = useStrings().playground;
  const range = rangeOf(name);
  return (
    <DraftField
      prop={name}
      label={label}
      value={props[name]}
      show={String}
      parse={range.parse}
      onCommit={(v) => setProps({ [name]: v })}
      hint={
        name === 'lr'
          ? s.badLr
          : format(
              range.exclusiveMin ? s.badAbove : range.exclusiveMax ? s.badBelow : s.badNumber,
              {
                min: range.min,
                max: range.max,
              },
            )
      }
      testId={`playground-${name}`}
    />
  );
}

/** Choosing the ESN picks its ridge readout; leaving it picks BPTT again (others stay). */
const algorithmFor = (cell: PlaygroundSettings['cell'], now: PlaygroundSettings['algorithm']) =>
  cell === 'esn'
    ? { algorithm: 'ridge' as const }
    : now === 'ridge'
      ? { algorithm: 'bptt' as const }
      : {};

/** Cell, size, depth, direction, head and initialiser (or the echo state reservoir's settings). */
export function ComposePanel({ props, setProps }: PanelProps) {
  const s = useStrings().playground;
  const { cell } = props;
  return (
    <fieldset className="playground__group">
      <legend>{s.compose}</legend>
      <SelectField
        prop="cell"
        label={s.cell}
        value={cell}
        options={PLAYGROUND_CELLS.map((k) => [k, s.cells[k]] as const)}
        onChange={(v) => setProps({ cell: v, ...algorithmFor(v, props.algorithm) })}
        testId="playground-cell"
      />
      {(cell === 'srn' || cell === 'jordan' || cell === 'clockwork') && (
        <SelectField
          prop="activation"
          label={s.activation}
          value={props.activation}
          options={ACTIVATIONS.map((a) => [a, a] as const)}
          onChange={(v) => setProps({ activation: v })}
        />
      )}
      {cell === 'lstm' && (
        <>
          <SelectField
            prop="variant"
            label={s.variant}
            value={props.variant}
            options={LSTM_VARIANT_NAMES.map((v) => [v, v] as const)}
            onChange={(v) => setProps({ variant: v })}
          />
          <CheckField
            prop="peepholes"
            label={s.peepholes}
            checked={props.peepholes}
            onChange={(v) => setProps({ peepholes: v })}
          />
          <NumberSetting name="forgetBias" label={s.forgetBias} props={props} setProps={setProps} />
        </>
      )}
      {cell === 'clockwork' && (
        <DraftField
          prop="periods"
          label={s.periods}
          value={props.periods}
          show={(p) => p.join(', ')}
          parse={parsePeriods}
          onCommit={(v) => setProps({ periods: v })}
          hint={s.badPeriods}
        />
      )}
      {cell === 'esn' ? (
        <EsnFields props={props} setProps={setProps} />
      ) : (
        <>
          <NumberSetting name="hidden" label={s.hidden} props={props} setProps={setProps} />
          <NumberSetting name="layers" label={s.layers} props={props} setProps={setProps} />
          <CheckField
            prop="bidirectional"
            label={s.bidirectional}
            checked={props.bidirectional}
            onChange={(v) => setProps({ bidirectional: v })}
          />
        </>
      )}
      <SelectField
        prop="head"
        label={s.head}
        value={props.head}
        options={HEADS.map((h) => [h, s.heads[h]] as const)}
        onChange={(v) => setProps({ head: v })}
        testId="playground-head"
      />
      {cell !== 'esn' && <InitFields props={props} setProps={setProps} />}
    </fieldset>
  );
}

/** How a session model's weights are drawn (the ESN draws its own: EsnFields). */
function InitFields({ props, setProps }: PanelProps) {
  const s = useStrings().playground;
  return (
    <>
      <SelectField
        prop="init"
        label={s.init}
        value={props.init}
        options={INIT_KINDS.map((k) => [k, s.inits[k]] as const)}
        onChange={(v) => setProps({ init: v })}
      />
      {props.init !== 'uniform' && (
        <NumberSetting name="initScale" label={s.initScale} props={props} setProps={setProps} />
      )}
      <CheckField
        prop="scaleRho"
        label={s.scaleRho}
        checked={props.scaleRho}
        onChange={(v) => setProps({ scaleRho: v })}
      />
      {props.scaleRho && (
        <NumberSetting name="rho" label={s.rho} props={props} setProps={setProps} />
      )}
    </>
  );
}
