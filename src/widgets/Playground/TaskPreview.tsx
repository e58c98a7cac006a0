import { useMemo } from 'react';
import type { Sample, Task } from '../../core/tasks';
import { useStrings } from '../../ui/LangContext';
import { SeriesChart, StateMap } from './Charts';

const NO_SYMBOLS: readonly string[] = [];

/** A held-out sample: the inputs as a heatmap (one row per input), the target as a line. */
export function TaskPreview({ task, sample }: { task: Task; sample: Sample }) {
  const s = useStrings().playground;
  const target = useMemo(() => {
    const values = sample.targets.map((d) =>
      d === null || d === undefined ? NaN : typeof d === 'number' ? d : d[0]!,
    );
    return [{ label: s.previewTarget, values, colour: 'var(--accent)' }];
  }, [sample, s.previewTarget]);
  return (
    <div
      className="playground__preview"
      data-testid="playground-preview"
      data-steps={sample.inputs.length}
    >
      <p className="playground__caption">{s.preview}</p>
      {task.inputSize > 0 && (
        <StateMap
          states={sample.inputs}
          symbols={NO_SYMBOLS}
          label={s.preview}
          testId="playground-inputs"
        />
      )}
      <SeriesChart
        series={target}
        xLabel={s.previewTime}
        yLabel={s.previewTarget}
        label={s.preview}
        testId="playground-target"
      />
    </div>
  );
}
