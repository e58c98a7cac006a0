import { format, isLang, stringsFor, type Lang } from '../i18n';
import { echo } from '../state/echo';
import { FormattedMessage } from '../ui/ReaderText';
import { LangContext } from '../ui/LangContext';
import { EMBED_PAGE_PARAMS } from '../state/shareLink';
import { splitNames, type EmbedControls } from '../widgets/host/embedControls';
import { WidgetHost } from '../widgets/host/WidgetHost';
import { findWidget, widgetList } from '../widgets/list';
import { OpenInUnrolled } from './OpenInUnrolled';
import { OfflineNote } from '../ui/OfflineNote';

interface EmbedRequest {
  readonly lang: Lang;
  readonly theme: 'light' | 'dark' | null;
  readonly widget: string | null;
  readonly params: Record<string, string>;
  readonly controls: EmbedControls;
}

export function readEmbedRequest(search: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const lang = query.get('lang') ?? 'en';
  const theme = query.get('theme');
  // No prototype: a parameter named `__proto__` is a plain (unknown) prop.
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of query) if (!EMBED_PAGE_PARAMS.includes(key)) params[key] = value;
  return {
    lang: isLang(lang) ? lang : 'en',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    widget: query.get('widget'),
    params,
    controls: { hide: splitNames(query.get('hide')), lock: splitNames(query.get('lock')) },
  };
}

/** One widget alone: `embed.html?widget=NAME&lang=zh&theme=dark&<prop>=<value>…`. */
export function EmbedApp({ request }: { request: EmbedRequest }) {
  const w = stringsFor(request.lang).widget;
  const list = widgetList.map((entry) => entry.info.name).join(', ');
  const widget = request.widget ? findWidget(request.widget) : undefined;
  let body;
  if (!request.widget)
    body = (
      <p className="embed__message" role="alert">
        {format(w.missingWidget, { list })}
      </p>
    );
  else if (!widget) {
    body = (
      <p className="embed__message" role="alert">
        {/* The name comes from the URL: shortened, and isolated so it cannot turn the text around. */}
        <FormattedMessage
          template={w.unknownWidget}
          values={{ name: echo(request.widget), list }}
          readerText={['name']}
        />
      </p>
    );
  } else
    body = (
      <>
        <WidgetHost widget={widget} params={request.params} controls={request.controls} embedded />
        <div className="embed__footer">
          <OpenInUnrolled widget={widget.info.name} lang={request.lang} />
          <OfflineNote />
        </div>
      </>
    );
  return <LangContext.Provider value={request.lang}>{body}</LangContext.Provider>;
}
