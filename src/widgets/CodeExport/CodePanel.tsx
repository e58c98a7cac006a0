import { useEffect, useId, useMemo, useState } from 'react';
import { format } from '../../i18n';
import { exportPrograms } from '../../sim';
import { useStrings } from '../../ui/LangContext';
import type { ExportSnapshot, ExportSource } from '../training/exportSources';
import { ExportView } from './ExportView';

/** Steps each exported program trains on after printing the loss. */
export const PROGRAM_TRAIN_STEPS = 20;

function labelOf(source: ExportSource): string {
  if (source.label) return source.label;
  const kind = source.read()?.config.spec.cell.kind;
  return kind ? kind.toUpperCase() : '';
}

/** Whether the figure's model differs from the one exported (trained on, new weights or settings). */
function changedSince(then: ExportSnapshot, now: ExportSnapshot | null): boolean {
  if (!now || now.config !== then.config || now.step !== then.step) return true;
  const a = now.weights;
  const b = then.weights;
  if (a.length !== b.length) return true;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return true;
  return false;
}

/**
 * What the "Code" tool opens: the programs for one of the figure's training sessions (a choice
 * when it has several), read when the panel opens. The programs stay as read (regenerating them
 * at every training report would be wasted work); when the figure changes afterwards the panel
 * says so and offers to export again.
 */
export default function CodePanel({
  id,
  sources,
  figure,
}: {
  readonly id: string;
  readonly sources: readonly ExportSource[];
  readonly figure: string;
}) {
  const s = useStrings().codeExport;
  const selectId = useId();
  const [picked, setPicked] = useState(0);
  const source = sources[Math.min(picked, sources.length - 1)];
  // Read once when the panel opens. A figure still setting up its model (text loading, a model
  // being built) has nothing yet: then the panel reads again each time the session changes,
  // until there is something, so it never stays on "nothing to export". Once read, a change
  // only marks the programs stale.
  const [retries, setRetries] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `retries` asks for a fresh read
  const snapshot = useMemo(() => source?.read() ?? null, [source, retries]);
  const [staleFor, setStaleFor] = useState<ExportSnapshot | null>(null);
  const stale = staleFor !== null && staleFor === snapshot;
  useEffect(() => {
    if (!source?.subscribe || stale) return undefined;
    if (!snapshot) return source.subscribe(() => setRetries((n) => n + 1));
    return source.subscribe(() => {
      if (changedSince(snapshot, source.read())) setStaleFor(snapshot);
    });
  }, [snapshot, source, stale]);
  const bundle = useMemo(
    () =>
      snapshot &&
      exportPrograms({
        config: snapshot.config,
        weights: snapshot.weights,
        source: `${figure}, ${snapshot.step} steps`,
        trainSteps: PROGRAM_TRAIN_STEPS,
      }),
    [snapshot, figure],
  );
  return (
    <div className="code-tool" id={id} role="region" aria-label={s.toolTitle}>
      {sources.length > 1 && (
        <label htmlFor={selectId}>
          {s.model}{' '}
          <select id={selectId} value={picked} onChange={(e) => setPicked(Number(e.target.value))}>
            {sources.map((src, i) => (
              <option key={i} value={i}>
                {labelOf(src)}
              </option>
            ))}
          </select>
        </label>
      )}
      {stale && snapshot && (
        <p className="widget-message" role="status" data-testid="code-export-stale">
          {format(s.stale, { step: snapshot.step })}{' '}
          <button type="button" onClick={() => setRetries((n) => n + 1)}>
            {s.exportAgain}
          </button>
        </p>
      )}
      {bundle && snapshot ? (
        <ExportView bundle={bundle} step={snapshot.step} more={PROGRAM_TRAIN_STEPS} />
      ) : (
        <p>{s.nothing}</p>
      )}
    </div>
  );
}
