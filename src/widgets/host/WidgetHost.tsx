import { memo, Suspense, use, useCallback, useRef, useState } from 'react';
import { format } from '../../i18n';
import type { WidgetStatus, WidgetStore } from '../../state/widgetStore';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { loadComponent } from '../../ui/moduleCache';
import { useLang, useStrings } from '../../ui/LangContext';
import { useNearViewport } from '../../ui/useNearViewport';
import type { EmbedControls } from './embedControls';
import type { WidgetEntry } from './widgetEntry';
import type { WidgetRuntimeProps } from './WidgetRuntime';

export interface WidgetHostProps {
  /** The widget's entry in the list: its info and the loaders of its meta and component. */
  readonly widget: WidgetEntry;
  /** Props as JS values (from MDX), host props (id, width, caption) included. */
  readonly props?: Readonly<Record<string, unknown>>;
  /** Props as strings (embed URL), read over `props`. */
  readonly params?: Readonly<Record<string, string>>;
  /** In an embed the share link is the embed URL itself. */
  readonly embedded?: boolean;
  /** An embed's `hide=` and `lock=` prop names. */
  readonly controls?: EmbedControls;
}

const widths = ['body', 'page', 'screen'] as const;

/** The anchor of figure "1.3": `fig-1-3` (on its caption). */
export const figureAnchor = (number: string) => `fig-${number.replace('.', '-')}`;

/**
 * The runtime's code, fetched on first need; attempt n after a failure fetches it anew. Memoised
 * (its props are stable): a change of the host's status does not re-render the figure below it.
 * That also keeps `use()` out of renders that only carry the figure's own updates — under
 * `act()` (component tests) a `use()` in work that then continues counts as a suspension, and a
 * synchronous act drops that work: the Playground's Reset, a transition, was never rendered
 * (see src/ui/useDeferredStore.dom.test.tsx).
 */
const Runtime = memo(function Runtime(props: WidgetRuntimeProps) {
  const { default: Loaded } = use(
    loadComponent(`runtime:${props.attempt}`, () => import('./WidgetRuntime')),
  );
  return <Loaded {...props} />;
});

/** The props of a figure given none (one object: a fresh `{}` would re-render its runtime). */
const NO_PROPS: Readonly<Record<string, unknown>> = {};

/**
 * The light half of the widget contract, prerendered with the chapter: the root element with
 * data-widget and data-status, the title, and a placeholder. Near the viewport it loads the
 * runtime (validation, store, tools) and the widget, inside an error boundary whose "try again"
 * keeps the reader's settings and whose "reset" restores the defaults.
 */
export function WidgetHost({
  widget,
  props = NO_PROPS,
  params,
  embedded = false,
  controls,
}: WidgetHostProps) {
  const lang = useLang();
  const { widget: w, figure: f } = useStrings();
  const { info } = widget;
  const { name } = info;
  const instanceId = typeof props['id'] === 'string' ? props['id'] : name;
  const width = widths.find((x) => x === props['width']) ?? 'body';
  const caption = typeof props['caption'] === 'string' ? props['caption'] : null;
  // An embed stands alone: it shows no chapter's figure number.
  const number = !embedded && typeof props['figure'] === 'string' ? props['figure'] : null;

  const [status, setStatus] = useState<WidgetStatus>('loading');
  const [attempt, setAttempt] = useState(0);
  // Read on the client only; nothing it controls is rendered before hydration ends.
  const [fault, setFault] = useState(
    () =>
      typeof window !== 'undefined' &&
      new URLSearchParams(window.location.search).get('fault') === instanceId,
  );
  const storeRef = useRef<WidgetStore<unknown> | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const near = useNearViewport(rootRef);
  const onStatus = useCallback((s: WidgetStatus) => setStatus(s), []);

  const retry = () => {
    setFault(false);
    setStatus('loading');
    storeRef.current?.getState().setPhase('loading');
    setAttempt((a) => a + 1);
  };

  return (
    <figure className={`figure figure--${width}`} id={instanceId}>
      <div
        ref={rootRef}
        className="widget"
        data-widget={name}
        data-status={status}
        aria-busy={status === 'loading'}
        role="group"
        aria-label={info.title[lang]}
      >
        <p className="widget__title">{info.title[lang]}</p>
        {near ? (
          <ErrorBoundary
            key={attempt}
            onError={() => setStatus('error')}
            fallback={(error) => (
              <div className="widget__error" role="alert">
                <p>
                  <strong>{w.errorTitle}</strong> {w.errorDetail}
                </p>
                <p className="muted">
                  <code>{error.message}</code>
                </p>
                <div className="widget-row">
                  <button type="button" onClick={retry}>
                    {w.tryAgain}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      storeRef.current?.getState().reset();
                      retry();
                    }}
                  >
                    {w.resetDefaults}
                  </button>
                </div>
              </div>
            )}
          >
            <Suspense fallback={<p className="widget__placeholder">{w.loading}</p>}>
              <Runtime
                widget={widget}
                instanceId={instanceId}
                props={props}
                params={params}
                embedded={embedded}
                controls={controls}
                storeRef={storeRef}
                onStatus={onStatus}
                fault={fault}
                attempt={attempt}
              />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="widget__placeholder">{w.loading}</p>
        )}
        <noscript>
          <p>{w.noscript}</p>
        </noscript>
      </div>
      {(caption || number) && (
        <figcaption id={number ? figureAnchor(number) : undefined}>
          {number && <span className="figure__number">{format(f.number, { n: number })}</span>}
          {number && caption && ' — '}
          {caption}
        </figcaption>
      )}
    </figure>
  );
}
