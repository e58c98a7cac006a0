import type { ReactNode } from 'react';
import { useStrings } from '../LangContext';

export interface PlayPauseProps {
  readonly running: boolean;
  readonly onToggle: (running: boolean) => void;
  /** The button's words when stopped; default "Play". */
  readonly playLabel?: string;
  /** What runs, said next to the button; default "Running" / "Paused". */
  readonly status?: ReactNode;
  readonly disabled?: boolean;
}

/**
 * One button that starts and pauses: its words and glyph (▶ / ‖, both in every common font)
 * change with the state, aria-pressed says it is running, and a status line says so in words.
 */
export function PlayPause({ running, onToggle, playLabel, status, disabled }: PlayPauseProps) {
  const f = useStrings().figure;
  return (
    <div className="play-pause" data-running={running}>
      <button
        type="button"
        className="play-pause__button"
        aria-pressed={running}
        disabled={disabled}
        onClick={() => onToggle(!running)}
      >
        <span aria-hidden="true" className="play-pause__glyph">
          {running ? '‖' : '▶'}
        </span>{' '}
        {running ? f.pause : (playLabel ?? f.play)}
      </button>
      <span className="play-pause__status" role="status">
        {status ?? (running ? f.running : f.paused)}
      </span>
    </div>
  );
}
