import { memo, Suspense, use, useEffect, useState, type RefObject } from 'react';
import { format } from '../../i18n';
import { echo } from '../../state/echo';
import { FormattedMessage } from '../../ui/ReaderText';
import { hostPropsSchema } from '../../state/hostProps';
import {
  decodeProps,
  encodeChangedProps,
  validateProps,
  type PropIssue,
} from '../../state/propsCodec';
import { embedUrl, instanceParams, shareUrl } from '../../state/shareLink';
import { createWidgetStore, type WidgetStatus, type WidgetStore } from '../../state/widgetStore';
import { useLang, useStrings } from '../../ui/LangContext';
import type { WidgetMeta } from '../../state/widgetMeta';
import { loadComponent, loadOnce } from '../../ui/moduleCache';
import { ControlRulesContext, type ControlRules } from '../../ui/figure/controlRules';
import { WidgetContext } from './context';
import { controlRules, type ControlIssue, type EmbedControls } from './embedControls';
import { useEmbedUrl } from './useEmbedUrl';
import { CopyPanel } from './SharePanel';
import { CodeTool } from '../CodeExport/CodeTool';
import { ExportSources, ExportSourcesContext } from '../training/exportSources';
import { EmbedTool } from './embedKit/EmbedTool';
import type { WidgetEntry } from './widgetEntry';

export interface WidgetRuntimeProps {
  readonly widget: WidgetEntry;
  readonly instanceId: string;
  /** The author's props as JS values (from MDX), host props included. */
  readonly props: Readonly<Record<string, unknown>>;
  /** Props as strings (embed URL); on a chapter page the share-link parameters are read instead. */
  readonly params: Readonly<Record<string, string>> | undefined;
  readonly embedded: boolean;
  /** An embed's `hide=` and `lock=` prop names. */
  readonly controls?: EmbedControls;
  /** Owned by the host so that the reader's settings outlive a crash and a retry. */
  readonly storeRef: RefObject<WidgetStore<unknown> | null>;
  readonly onStatus: (status: WidgetStatus) => void;
  /** Throw once on mount: the `?fault=<instance id>` switch that tests the error box. */
  readonly fault: boolean;
  /** How many times the reader pressed "try again": a failed widget chunk is fetched anew. */
  readonly attempt: number;
}

interface Setup {
  readonly store: WidgetStore<unknown>;
  readonly issues: PropIssue[];
  readonly rules: ControlRules;
  readonly controlIssues: ControlIssue[];
}

/** Validates the author's props and the URL's, and creates the store the first time only. */
function setUp(
  meta: WidgetMeta,
  { instanceId, props, params, storeRef, controls }: WidgetRuntimeProps,
  lang: 'en' | 'zh',
): Setup {
  const { id, width, caption, figure, ...own } = props;
  const issues: PropIssue[] = [];
  const host = hostPropsSchema.safeParse({ id, width, caption, figure });
  if (!host.success)
    issues.push(
      ...host.error.issues.map((i) => ({ key: i.path.join('.'), raw: '', reason: i.message })),
    );
  const author = validateProps(meta.props, own, lang);
  issues.push(...author.issues);
  const raw =
    params ??
    (typeof window === 'undefined' ? {} : instanceParams(window.location.search, instanceId));
  const fromUrl = decodeProps(meta.props, raw, lang, author.values);
  issues.push(...fromUrl.issues);
  const { rules, issues: controlIssues } = controlRules(meta, controls);
  if (!storeRef.current) {
    storeRef.current = createWidgetStore(
      meta,
      author.values,
      fromUrl.values,
      rules.locked,
    ) as WidgetStore<unknown>;
  }
  return { store: storeRef.current, issues, rules, controlIssues };
}

function FaultOnce({ armed }: { armed: boolean }): null {
  if (armed) throw new Error('Fault injected with ?fault= (used to test the error box)');
  return null;
}

function ReadySignal({ store }: { store: WidgetStore<unknown> }): null {
  useEffect(() => {
    store.getState().setPhase('ready');
  }, [store]);
  return null;
}

/**
 * The widget's own code; a retry after a failed download asks again. Memoised, as the host's
 * Runtime: the tools' and messages' re-renders do not re-render the figure.
 */
const LoadedWidget = memo(function LoadedWidget({
  widget,
  attempt,
}: {
  widget: WidgetEntry;
  attempt: number;
}) {
  const key = `widget:${widget.info.name}:${attempt}`;
  const { default: Widget } = use(loadComponent(key, widget.loadWidget));
  return <Widget />;
});

function siteRoot(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).toString();
}

/**
 * The heavy half of a widget's frame, loaded with the widget when it nears the viewport: props
 * validation with messages in place, the instance's store, the tools (reset, share, embed), and
 * the widget itself.
 */
export default function WidgetRuntime(runtime: WidgetRuntimeProps) {
  const { widget, attempt } = runtime;
  const meta = use(loadOnce(`meta:${widget.info.name}:${attempt}`, widget.loadMeta));
  return <RuntimeWithMeta meta={meta} runtime={runtime} />;
}

function RuntimeWithMeta({ meta, runtime }: { meta: WidgetMeta; runtime: WidgetRuntimeProps }) {
  const { widget, instanceId, embedded, onStatus, fault } = runtime;
  const { name } = widget.info;
  const lang = useLang();
  const { widget: w, embedRuntime: e } = useStrings();
  const [{ store, issues, rules, controlIssues }] = useState(() => setUp(meta, runtime, lang));
  const [exportSources] = useState(() => new ExportSources());
  useEmbedUrl(store, meta, embedded);

  useEffect(() => {
    onStatus(store.getState().status);
    return store.subscribe((s) => onStatus(s.status));
  }, [store, onStatus]);

  const pairs = () =>
    encodeChangedProps(meta.props, store.getState().props as Record<string, unknown>);
  return (
    <WidgetContext.Provider value={{ store, instanceId }}>
      {issues.length + controlIssues.length > 0 && (
        <ul className="widget__issues" role="status">
          {controlIssues.map((issue, i) => (
            <li key={`control-${i}`}>
              <FormattedMessage
                template={e.unknownControl}
                values={{
                  ...issue,
                  name: echo(issue.name),
                  keys: Object.keys(meta.props.shape).join(e.keySeparator),
                }}
                readerText={['name']}
              />
            </li>
          ))}
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.raw === '' ? (
                format(w.ignoredWhole, { reason: issue.reason })
              ) : (
                <FormattedMessage
                  template={w.ignored}
                  values={{ ...issue }}
                  readerText={['key', 'raw']}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={<p className="widget__placeholder">{w.loading}</p>}>
        <FaultOnce armed={fault} />
        <ExportSourcesContext.Provider value={exportSources}>
          <ControlRulesContext.Provider value={rules}>
            <LoadedWidget widget={widget} attempt={runtime.attempt} />
          </ControlRulesContext.Provider>
        </ExportSourcesContext.Provider>
        <ReadySignal store={store} />
      </Suspense>
      {/* The tools come after the figure: the reader sees the picture first. */}
      <div className="widget__tools">
        <button type="button" onClick={() => store.getState().reset()}>
          {w.reset}
        </button>
        <CopyPanel
          label={w.share}
          boxLabel={w.shareLabel}
          make={() =>
            embedded
              ? embedUrl(siteRoot(), name, pairs())
              : shareUrl(window.location.href, instanceId, pairs())
          }
        />
        <EmbedTool meta={meta} pairs={pairs} />
        <CodeTool sources={exportSources} figure={name} />
      </div>
    </WidgetContext.Provider>
  );
}
