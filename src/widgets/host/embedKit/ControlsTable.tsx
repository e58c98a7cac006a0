import { format } from '../../../i18n';
import { useLang, useStrings } from '../../../ui/LangContext';
import type { WidgetMeta } from '../../../state/widgetMeta';
import { settingDescription } from './settingDescription';
import type { EmbedBuilderState } from './useEmbedBuilder';

/** One row per setting of the widget (its schema's keys), with a Hide and a Lock checkbox. */
export function ControlsTable({
  meta,
  builder,
}: {
  meta: WidgetMeta | null;
  builder: EmbedBuilderState;
}) {
  const s = useStrings().embedKit;
  const lang = useLang();
  const { names, choices } = builder;
  if (!meta) return <p className="muted">{s.loadingSettings}</p>;
  return (
    <fieldset className="embed-controls">
      <legend>{s.controls}</legend>
      <p className="muted">{s.controlsNote}</p>
      <div className="embed-controls__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{s.setting}</th>
              <th scope="col">{s.hide}</th>
              <th scope="col">{s.lock}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => {
              const hidden = choices.hide.includes(name);
              const about = settingDescription(meta, name, lang);
              return (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                    {about && <span className="muted"> {about}</span>}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={format(s.hideLabel, { name })}
                      checked={hidden}
                      onChange={(e) => builder.setHidden(name, e.currentTarget.checked)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={format(s.lockLabel, { name })}
                      checked={choices.lock.includes(name)}
                      disabled={hidden}
                      onChange={(e) => builder.setLocked(name, e.currentTarget.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
