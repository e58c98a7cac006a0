import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import {
  CONVERGENCE_STEPS,
  FREE_STEPS,
  convergenceVerdict,
  type EchoStateResult,
  type EchoStateSettings,
} from '../../core/experiments';
import { sci } from './format';

/** How well the free run follows the sine, in words. */
const quality = (nrmse: number) => (nrmse < 0.01 ? 'good' : nrmse < 0.1 ? 'drifting' : 'bad');

/** Whether the two reservoirs forgot their starts, with the distances (readout and plot label). */
export function verdictText(
  s: ReturnType<typeof useStrings>['echoState'],
  distance: EchoStateResult['distance'],
): string {
  return format(s[convergenceVerdict(distance)], {
    last: sci(distance[distance.length - 1]!),
    first: sci(distance[0]!),
    steps: CONVERGENCE_STEPS,
  });
}

/** What one result shows, in words: the free run's error, the verdict on forgetting, ρ. */
export function EchoReadout({
  result: r,
  settings,
}: {
  result: EchoStateResult;
  settings: EchoStateSettings;
}) {
  const s = useStrings().echoState;
  const verdict = convergenceVerdict(r.distance);
  const lastDistance = r.distance[r.distance.length - 1]!;
  return (
    <div className="echo-state__numbers">
      <p data-testid="nrmse" data-value={r.freeNrmse}>
        {format(s.freeNrmse, { steps: FREE_STEPS })} <strong>{sci(r.freeNrmse)}</strong> (
        {format(s.trainNrmse, { value: sci(r.trainNrmse) })}) — {s[quality(r.freeNrmse)]}
      </p>
      <p
        className="echo-state__verdict"
        data-testid="verdict"
        data-verdict={verdict}
        data-distance={lastDistance}
      >
        {verdictText(s, r.distance)}
      </p>
      <p data-testid="rho" data-measured={r.measuredRho}>
        {format(s.rhoShown, {
          requested: r.requestedRho.toFixed(2),
          n: r.eigenRe.length,
          measured: r.measuredRho.toPrecision(6),
        })}
      </p>
      {settings.leak < 1 && (
        <p data-testid="leaky-rho">
          {format(s.leakyRho, { a: settings.leak.toFixed(2), value: r.leakyRho.toPrecision(4) })}
        </p>
      )}
    </div>
  );
}

/** The same numbers as a table, one measure a row. */
export function EchoTable({
  result: r,
  settings,
}: {
  result: EchoStateResult;
  settings: EchoStateSettings;
}) {
  const s = useStrings().echoState;
  const rows: string[][] = [
    [format(s.rowFreeNrmse, { steps: FREE_STEPS }), sci(r.freeNrmse)],
    [s.rowTrainNrmse, sci(r.trainNrmse)],
    [s.rowRho, r.measuredRho.toPrecision(6)],
    ...(settings.leak < 1 ? [[s.rowLeakyRho, r.leakyRho.toPrecision(4)]] : []),
    [s.rowDistanceStart, sci(r.distance[0]!)],
    [format(s.rowDistanceEnd, { steps: CONVERGENCE_STEPS }), sci(r.distance.at(-1)!)],
  ];
  return (
    <NumbersTable
      testId="echo-table"
      caption={s.tableCaption}
      columns={[{ label: s.measure }, { label: s.value }]}
      rows={rows}
    />
  );
}
