import { useStrings } from '../../../ui/LangContext';
import { NumberSetting } from '../ComposePanel';
import type { PlaygroundSettings } from '../settings';

/** The echo state reservoir's settings, each with its schema's range (meta.ts, the core's bounds). */
export function EsnFields({
  props,
  setProps,
}: {
  readonly props: PlaygroundSettings;
  readonly setProps: (patch: Partial<PlaygroundSettings>) => void;
}) {
  const e = useStrings().playgroundEsn;
  const field = (name: Parameters<typeof NumberSetting>[0]['name'], label: string) => (
    <NumberSetting name={name} label={label} props={props} setProps={setProps} />
  );
  return (
    <div className="playground__group-part" data-testid="playground-esn-settings">
      <p className="playground__caption">
        <strong>{e.settings}</strong>
      </p>
      <p className="muted playground__note">{e.settingsNote}</p>
      {field('esnSize', e.size)}
      {field('esnRho', e.rho)}
      {field('esnSparsity', e.sparsity)}
      {field('esnInputScaling', e.inputScaling)}
      {field('esnLeak', e.leak)}
      {field('esnWashout', e.washout)}
      {field('esnRidge', e.ridge)}
    </div>
  );
}
