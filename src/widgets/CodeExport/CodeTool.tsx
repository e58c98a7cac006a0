import { lazy, Suspense, useId, useState, useSyncExternalStore } from 'react';
import { useStrings } from '../../ui/LangContext';
import type { ExportSources } from '../training/exportSources';

// The generators load only when a reader opens the tool.
const CodePanel = lazy(() => import('./CodePanel'));

/**
 * The "Code" button of a figure's toolbar, shown when the figure has a training session: it
 * opens the figure's model as TypeScript, TensorFlow.js and PyTorch programs with its weights.
 */
export function CodeTool({ sources, figure }: { sources: ExportSources; figure: string }) {
  const s = useStrings();
  const id = useId();
  const list = useSyncExternalStore(sources.subscribe, sources.getSnapshot, sources.getSnapshot);
  const [open, setOpen] = useState(false);
  if (list.length === 0) return null;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-testid="code-tool"
        onClick={() => setOpen((o) => !o)}
      >
        {s.codeExport.tool}
      </button>
      {open && (
        <Suspense fallback={<p className="widget__placeholder">{s.widget.loading}</p>}>
          <CodePanel id={id} sources={list} figure={figure} />
        </Suspense>
      )}
    </>
  );
}
