import { format, isLang, stringsFor, type Lang } from '../i18n';
import { echo } from '../state/echo';
import { FormattedMessage } from '../ui/ReaderText';
import { LangContext } from '../ui/LangContext';
import { WidgetHost } from '../widgets/host/WidgetHost';
import { findWidget, widgetList } from '../widgets/list';

/** Parameters the embed page itself reads; every other parameter is a widget prop. */
const EMBED_PARAMS = ['widget', 'lang', 'theme', 'fault'];

interface EmbedRequest {
  readonly lang: Lang;
  readonly theme: 'light' | 'dark' | null;
  readonly widget: string | null;
  readonly params: Record<string, string>;
}

export function readEmbedRequest(search: string): EmbedRequest {
  const query = new URLSearchParams(search);
  const lang = query.get('lang') ?? 'en';
  const theme = query.get('theme');
  const params: Record<string, string> = {};
  for (const [key, value] of query) if (!EMBED_PARAMS.includes(key)) params[key] = value;
  return {
    lang: isLang(lang) ? lang : 'en',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    widget: query.get('widget'),
    params,
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
  } else body = <WidgetHost widget={widget} params={request.params} embedded />;
  return <LangContext.Provider value={request.lang}>{body}</LangContext.Provider>;
}
