import { useStrings } from '../LangContext';

export type LegendPattern = 'solid' | 'dashed' | 'dotted';
export type LegendMarker = 'none' | 'circle' | 'square' | 'triangle';

export interface LegendKey {
  readonly label: string;
  /** Any CSS colour, e.g. 'var(--accent)'. */
  readonly color: string;
  /** The line's dash pattern, so that colour is never the only signal. */
  readonly pattern?: LegendPattern;
  readonly marker?: LegendMarker;
}

export interface LegendKeysProps {
  readonly keys: readonly LegendKey[];
  /** Accessible name of the list; default "Key". */
  readonly label?: string;
}

const dashArrays: Record<LegendPattern, string | undefined> = {
  solid: undefined,
  dashed: '6 3',
  dotted: '1.5 3',
};

function Marker({ marker, color }: { marker: LegendMarker; color: string }) {
  if (marker === 'circle') return <circle cx="14" cy="6" r="3.5" fill={color} />;
  if (marker === 'square') return <rect x="10.5" y="2.5" width="7" height="7" fill={color} />;
  if (marker === 'triangle') return <path d="M14 1.5 L18 9.5 L10 9.5 Z" fill={color} />;
  return null;
}

/** Swatches that show each series' colour, dash pattern and marker, each with its text label. */
export function LegendKeys({ keys, label }: LegendKeysProps) {
  const f = useStrings().figure;
  return (
    <ul className="legend-keys" aria-label={label ?? f.legend}>
      {keys.map((key) => (
        <li key={key.label} className="legend-keys__item">
          <svg
            className="legend-keys__swatch"
            width="28"
            height="12"
            viewBox="0 0 28 12"
            aria-hidden="true"
            data-pattern={key.pattern ?? 'solid'}
            data-marker={key.marker ?? 'none'}
          >
            <line
              x1="1"
              y1="6"
              x2="27"
              y2="6"
              stroke={key.color}
              strokeWidth="2.5"
              strokeDasharray={dashArrays[key.pattern ?? 'solid']}
            />
            <Marker marker={key.marker ?? 'none'} color={key.color} />
          </svg>
          <span>{key.label}</span>
        </li>
      ))}
    </ul>
  );
}
