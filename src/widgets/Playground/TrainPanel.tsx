import { useStrings } from '../../ui/LangContext';
import { OPTIMISERS, PLAYGROUND_ALGORITHMS } from './choices';
import { NumberSetting } from './ComposePanel';
import { SelectField } from './fields';
import type { PlaygroundSettings } from './settings';

interface PanelProps {
  readonly props: PlaygroundSettings;
  readonly setProps: (patch: Partial<PlaygroundSettings>) => void;
}

/**
 * Algorithm (every one of the core's; a combination the sessions cannot run is refused with the
 * reason), then the optimiser and its numbers — or, for the Kalman filters, which need no
 * optimiser, the filter's noise settings; the ESN's ridge readout needs neither.
 */
export function TrainPanel({ props, setProps }: PanelProps) {
  const s = useStrings().playground;
  const e = useStrings().playgroundEsn;
  const field = (name: Parameters<typeof NumberSetting>[0]['name'], label: string) => (
    <NumberSetting name={name} label={label} props={props} setProps={setProps} />
  );
  const kalman = props.algorithm === 'ekf' || props.algorithm === 'dekf';
  const ridge = props.algorithm === 'ridge';
  return (
    <fieldset className="playground__group">
      <legend>{s.train}</legend>
      <SelectField
        prop="algorithm"
        label={s.algorithm}
        value={props.algorithm}
        options={PLAYGROUND_ALGORITHMS.map((a) => [a, s.algorithms[a]] as const)}
        onChange={(v) => setProps({ algorithm: v })}
        testId="playground-algorithm"
      />
      {props.algorithm === 'tbptt' && (
        <>
          {field('k1', s.k1)}
          {field('k2', s.k2)}
        </>
      )}
      {ridge ? (
        <p className="muted playground__note">{e.ridgeNote}</p>
      ) : kalman ? (
        <>
          <p className="muted playground__note">{s.ekfNote}</p>
          {field('ekfP0', s.ekfP0)}
          {field('ekfR', s.ekfR)}
          {field('ekfQ', s.ekfQ)}
        </>
      ) : (
        <>
          <SelectField
            prop="optimiser"
            label={s.optimiser}
            value={props.optimiser}
            options={OPTIMISERS.map((o) => [o, o] as const)}
            onChange={(v) => setProps({ optimiser: v })}
          />
          {field('lr', s.lr)}
          {field('clip', s.clip)}
        </>
      )}
      {field('batch', ridge ? e.batch : s.batch)}
      {field('seed', s.seed)}
      {field('steps', s.steps)}
    </fieldset>
  );
}
