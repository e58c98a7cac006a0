import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useScrollsSideways } from '../../ui/figure';
import { fmtLength, fmtLoss } from './format';
import type { RunSummary } from './model';

type RunId = 'plain' | 'clipped';

/**
 * The two runs after the step shown, in the kit's numbers-table style. Every number cell also
 * carries its exact value (data-value), which the tests compare with the engine's.
 */
export function RunsTable({
  shown,
  runs,
}: {
  readonly shown: number;
  readonly runs: Readonly<Record<RunId, RunSummary>>;
}) {
  const s = useStrings().cliff;
  const [box, scrolls] = useScrollsSideways<HTMLDivElement>([runs]);
  const caption = format(s.table, { i: shown });
  const row = (id: RunId, name: string, r: RunSummary) => (
    <tr data-testid={`run-${id}`}>
      <th scope="row">{name}</th>
      <td className="num" data-testid={`${id}-steps`} data-value={r.steps}>
        {r.steps}
        {r.diverged && <span className="muted"> ({s.diverged})</span>}
      </td>
      <td className="num" data-testid={`${id}-loss`} data-value={r.loss}>
        {fmtLoss(r.loss)}
      </td>
      <td
        className="num"
        data-testid={`${id}-largest`}
        data-value={r.largestStep}
        data-at={r.largestAt}
      >
        {fmtLength(r.largestStep)}
        {r.largestAt > 0 && <span className="muted"> ({format(s.at, { k: r.largestAt })})</span>}
      </td>
      <td className="num" data-testid={`${id}-clipped`} data-value={r.clippedSteps}>
        {r.clippedSteps}
      </td>
    </tr>
  );
  return (
    <div
      ref={box}
      className="numbers-table"
      data-testid="runs"
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': caption } : {})}
    >
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.run}</th>
            <th scope="col">{s.stepsTaken}</th>
            <th scope="col">{s.loss}</th>
            <th scope="col">{s.largest}</th>
            <th scope="col">{s.clippedCount}</th>
          </tr>
        </thead>
        <tbody>
          {row('plain', s.plainShort, runs.plain)}
          {row('clipped', s.clippedShort, runs.clipped)}
        </tbody>
      </table>
    </div>
  );
}
