import { PropControl } from '../../ui/figure';
import { controlPointStep } from '../../core/tasks';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';

/**
 * The drawn target's control points, one slider each (keyboard, a click on the track): the
 * curve through them is drawn in the chart above as the target.
 */
export function ControlPoints({
  points,
  onChange,
  number,
}: {
  points: readonly number[];
  onChange: (points: number[]) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().clockworkWave;
  return (
    <PropControl prop="points">
      <fieldset className="clockwork-wave__points" data-testid="clockwork-wave-points">
        <legend>{s.pointsLegend}</legend>
        {points.map((value, k) => (
          <Slider
            key={k}
            compact
            label={format(s.point, { step: controlPointStep(k, points.length) })}
            value={value}
            min={-1}
            max={1}
            step={0.05}
            format={(v) => number(v, 2)}
            onChange={(v) =>
              onChange(points.map((p, j) => (j === k ? Math.round(v * 100) / 100 : p)))
            }
          />
        ))}
      </fieldset>
    </PropControl>
  );
}
