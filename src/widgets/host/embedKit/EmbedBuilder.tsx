import { useState, type ReactNode } from 'react';
import { format, type Lang } from '../../../i18n';
import type { WidgetMeta } from '../../../state/widgetMeta';
import { ChoiceRow } from '../../../ui/figure/ChoiceRow';
import { useStrings } from '../../../ui/LangContext';
import { ControlsTable } from './ControlsTable';
import { CopyBox } from './CopyBox';
import { PlatformHelp } from './PlatformHelp';
import {
  FIXED_WIDTH,
  HEIGHTS,
  type EmbedBuilderState,
  type EmbedTheme,
  type EmbedWidth,
} from './useEmbedBuilder';

type SnippetFormat = 'iframe' | 'element' | 'link';

/**
 * The embed builder: choices (language, theme, size, hidden and locked controls), the snippet in
 * the chosen form with a Copy button, a live preview and where to paste it. `choices` come first
 * (the teachers' page puts its figure and preset pickers there).
 */
export function EmbedBuilder({
  builder,
  meta,
  title,
  choices,
}: {
  builder: EmbedBuilderState;
  meta: WidgetMeta | null;
  title: string;
  choices?: ReactNode;
}) {
  const s = useStrings().embedKit;
  const [form, setForm] = useState<SnippetFormat>('iframe');
  const { snippets } = builder;
  const c = builder.choices;
  const text = snippets === null ? '' : form === 'link' ? snippets.url : snippets[form];
  return (
    <div className="embed-builder">
      <div className="embed-builder__choices">
        {choices}
        <ChoiceRow<Lang>
          legend={s.language}
          value={c.lang}
          options={[
            ['en', 'English'],
            ['zh', '中文'],
          ]}
          onChange={(lang) => builder.set({ lang })}
        />
        <ChoiceRow<EmbedTheme>
          legend={s.theme}
          value={c.theme}
          options={[
            ['system', s.themeSystem],
            ['light', s.themeLight],
            ['dark', s.themeDark],
          ]}
          onChange={(theme) => builder.set({ theme })}
        />
        <ChoiceRow<EmbedWidth>
          legend={s.width}
          value={c.width}
          options={[
            ['full', s.fullWidth],
            ['fixed', s.fixedWidth],
          ]}
          onChange={(width) => builder.set({ width })}
        />
        <label className="embed-builder__field">
          <span>{s.height}</span>
          <select
            value={c.height}
            onChange={(e) => builder.set({ height: Number(e.currentTarget.value) })}
          >
            {HEIGHTS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        <ControlsTable meta={meta} builder={builder} />
      </div>
      <div className="embed-builder__output">
        <ChoiceRow<SnippetFormat>
          legend={s.formats}
          value={form}
          options={[
            ['iframe', s.iframe],
            ['element', s.element],
            ['link', s.link],
          ]}
          onChange={setForm}
        />
        <CopyBox label={s[form]} hint={s[`${form}Hint`]} text={text} testId="embed-snippet" />
        <h3>{s.preview}</h3>
        {snippets && (
          <iframe
            className="embed-builder__preview"
            src={snippets.url}
            title={format(s.previewTitle, { title })}
            height={c.height}
            style={{ width: c.width === 'full' ? '100%' : `min(100%, ${FIXED_WIDTH}px)` }}
            data-testid="embed-preview"
          />
        )}
        <PlatformHelp />
      </div>
    </div>
  );
}
