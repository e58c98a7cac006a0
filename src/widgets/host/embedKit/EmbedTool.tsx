import { Suspense, use, useEffect, useRef, useState } from 'react';
import type { WidgetMeta } from '../../../state/widgetMeta';
import { useStrings } from '../../../ui/LangContext';
import { loadComponent } from '../../../ui/moduleCache';

type DialogProps = {
  meta: WidgetMeta;
  params: Readonly<Record<string, string>>;
  onClose: () => void;
};

/** The dialog's code arrives on the first press of Embed: every figure's runtime stays light. */
function LazyDialog(props: DialogProps) {
  const { default: Dialog } = use(loadComponent('embed-dialog', () => import('./EmbedDialog')));
  return <Dialog {...props} />;
}

/** The figure's Embed tool: a button that opens the dialog with the figure's current settings. */
export function EmbedTool({
  meta,
  pairs,
}: {
  meta: WidgetMeta;
  pairs: () => readonly (readonly [string, string])[];
}) {
  const w = useStrings().widget;
  const button = useRef<HTMLButtonElement>(null);
  const [params, setParams] = useState<Record<string, string> | null>(null);
  // Focus goes back once the dialog is gone: while a modal dialog is open the rest of the page
  // is inert and cannot take focus.
  const opened = useRef(false);
  useEffect(() => {
    if (params) opened.current = true;
    else if (opened.current) {
      opened.current = false;
      button.current?.focus();
    }
  }, [params]);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => setParams(Object.fromEntries(pairs()))}
      >
        {w.embed}
      </button>
      {params && (
        <Suspense fallback={null}>
          <LazyDialog meta={meta} params={params} onClose={() => setParams(null)} />
        </Suspense>
      )}
    </>
  );
}
