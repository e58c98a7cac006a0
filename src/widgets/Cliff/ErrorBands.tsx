import { useId } from 'react';
import { bandColour } from '../../charts/contourMap';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { fmtLevel } from './format';
import { LOG_LEVELS } from './model';

/** The map's colour key: each band of E with its range in words, highest first. */
export function ErrorBands() {
  const s = useStrings().cliff;
  const titleId = useId();
  const bands = LOG_LEVELS.length + 1;
  const label = (k: number) =>
    k === 0
      ? format(s.below, { hi: fmtLevel(LOG_LEVELS[0]) })
      : k === LOG_LEVELS.length
        ? format(s.above, { lo: fmtLevel(LOG_LEVELS[k - 1]!) })
        : format(s.between, { lo: fmtLevel(LOG_LEVELS[k - 1]!), hi: fmtLevel(LOG_LEVELS[k]!) });
  return (
    <div className="cliff__bands-key">
      <p className="cliff__legend-title" id={titleId}>
        {s.legend}
      </p>
      <ul className="cliff__bands" aria-labelledby={titleId}>
        {Array.from({ length: bands }, (_, k) => bands - 1 - k).map((k) => (
          <li key={k}>
            <span className="cliff__swatch" style={{ background: bandColour(k, bands) }} />
            {label(k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
