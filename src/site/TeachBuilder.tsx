import { useMemo } from 'react';
import { format, type Lang } from '../i18n';
import { decodeProps, echo, encodeChangedProps } from '../state/propsCodec';
import type { WidgetMeta } from '../state/widgetMeta';
import { useLang, useStrings } from '../ui/LangContext';
import { EmbedBuilder } from '../widgets/host/embedKit/EmbedBuilder';
import { useEmbedBuilder } from '../widgets/host/embedKit/useEmbedBuilder';
import { widgetList } from '../widgets/list';

export interface TeachSelection {
  readonly name: string;
  readonly preset: string | null;
  /** Settings as the reader typed them, in link form (`word=rnn&seed=3`). */
  readonly settings: string;
}

/** The settings an embed carries: the preset's, then what the teacher typed (which wins). */
function embedParams(meta: WidgetMeta | null, selection: TeachSelection, lang: Lang) {
  const typed = Object.fromEntries(new URLSearchParams(selection.settings));
  if (!meta) return { params: typed, issues: [] };
  const preset = selection.preset ? meta.presets[selection.preset] : undefined;
  const fromPreset = preset
    ? Object.fromEntries(encodeChangedProps(meta.props, meta.props.parse(preset.values)))
    : {};
  const params = { ...fromPreset, ...typed };
  // A clash between settings (t past the word's end) names the setting but not the text typed.
  const issues = decodeProps(meta.props, typed, lang).issues.map((i) =>
    i.raw === '' && Object.hasOwn(typed, i.key) ? { ...i, raw: echo(typed[i.key]!) } : i,
  );
  return { params, issues };
}

/** The teachers' builder: pick a figure, a preset and settings, then the shared embed builder. */
export function TeachBuilder({
  selection,
  onSelect,
  metas,
}: {
  selection: TeachSelection;
  onSelect: (selection: TeachSelection) => void;
  metas: Readonly<Record<string, WidgetMeta>>;
}) {
  const lang = useLang();
  const s = useStrings().embedKit;
  const meta = metas[selection.name] ?? null;
  const info = widgetList.find((e) => e.info.name === selection.name)?.info;
  const title = info?.title[lang] ?? selection.name;
  const { params, issues } = useMemo(
    () => embedParams(meta, selection, lang),
    [meta, selection, lang],
  );
  const builder = useEmbedBuilder({ widget: selection.name, title, meta, params, lang });
  const presets = meta ? Object.entries(meta.presets) : [];
  const choices = (
    <>
      <label className="embed-builder__field">
        <span>{s.figure}</span>
        <select
          value={selection.name}
          data-testid="teach-figure-select"
          onChange={(e) => onSelect({ name: e.currentTarget.value, preset: null, settings: '' })}
        >
          {widgetList.map(({ info: w }) => (
            <option key={w.name} value={w.name}>
              {format(s.figureOption, { title: w.title[lang], name: w.name })}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-builder__field">
        <span>{s.preset}</span>
        <select
          value={selection.preset ?? ''}
          disabled={presets.length === 0}
          onChange={(e) => onSelect({ ...selection, preset: e.currentTarget.value || null })}
        >
          <option value="">{s.presetNone}</option>
          {presets.map(([key, preset]) => (
            <option key={key} value={key}>
              {preset.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="embed-builder__field embed-builder__field--wide">
        <span>{s.settings}</span>
        <input
          type="text"
          value={selection.settings}
          spellCheck={false}
          onChange={(e) => onSelect({ ...selection, settings: e.currentTarget.value })}
        />
      </label>
      {issues.length > 0 && (
        <p className="embed-builder__issues" role="status">
          {format(s.settingsIssues, {
            list: issues
              .map((i) => format(s.settingsIssue, { ...i }))
              .join(s.settingsIssueSeparator),
          })}
        </p>
      )}
    </>
  );
  return <EmbedBuilder builder={builder} meta={meta} title={title} choices={choices} />;
}
