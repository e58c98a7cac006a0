import { useMemo } from 'react';
import { createLineChart, type LineChartOptions, type LineSeries } from '../../charts/lineChart';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';

type RaceStrings = ReturnType<typeof useStrings>['algorithmRace'];

/** The two pairs of charts: loss by sequences and by time, and counted cost and memory. */
const PAIRS = {
  loss: (s: RaceStrings) => [
    {
      options: {
        xLabel: s.sequences,
        yLabel: s.loss,
        ariaLabel: s.lossBySequenceLabel,
        yDomain: [0, 1],
      },
      caption: s.lossBySequence,
    },
    {
      options: { xLabel: s.seconds, yLabel: s.loss, ariaLabel: s.lossByTimeLabel, yDomain: [0, 1] },
      caption: s.lossByTime,
    },
  ],
  cost: (s: RaceStrings) => [
    {
      options: {
        xLabel: s.hiddenUnits,
        yLabel: s.multiplyAdds,
        xLog: true,
        yLog: true,
        ariaLabel: s.opsLabel,
      },
      caption: s.opsCaption,
    },
    {
      options: {
        xLabel: s.hiddenUnits,
        yLabel: s.floats,
        xLog: true,
        yLog: true,
        ariaLabel: s.memLabel,
      },
      caption: s.memCaption,
    },
  ],
} satisfies Record<string, (s: RaceStrings) => { options: LineChartOptions; caption: string }[]>;

function RaceChart({
  options,
  caption,
  series,
}: {
  options: LineChartOptions;
  caption: string;
  series: readonly LineSeries[];
}) {
  const ref = useChart(createLineChart, options, series);
  return (
    <figure>
      <div ref={ref} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** Two line charts side by side (stacked on a narrow figure), each with its caption. */
export function RaceCharts({
  kind,
  first,
  second,
}: {
  kind: keyof typeof PAIRS;
  first: readonly LineSeries[];
  second: readonly LineSeries[];
}) {
  const s = useStrings().algorithmRace;
  const [a, b] = useMemo(() => PAIRS[kind](s), [kind, s]);
  return (
    <div className="race__charts" data-testid={`${kind}-charts`}>
      <RaceChart options={a!.options} caption={a!.caption} series={first} />
      <RaceChart options={b!.options} caption={b!.caption} series={second} />
    </div>
  );
}
