import { format } from '../../i18n';
import { useStrings } from '../LangContext';
import { useControlMode } from './controlRules';

/** Seeds run 1 … 9999 in every widget's schema; the next one after 9999 is 1. */
export const nextSeed = (seed: number) => (seed % 9999) + 1;

export interface SeedButtonProps {
  readonly seed: number;
  readonly onSeed: (seed: number) => void;
  /** The prop it sets, `seed` unless the figure names it otherwise (an embed may hide or lock it). */
  readonly prop?: string;
}

/** "New random weights (seed N)": draws the next seed, and shows the one in use. */
export function SeedButton({ seed, onSeed, prop = 'seed' }: SeedButtonProps) {
  const f = useStrings().figure;
  const mode = useControlMode(prop);
  if (mode === 'hidden') return null;
  return (
    <button
      type="button"
      className="seed-button"
      disabled={mode === 'locked'}
      onClick={() => onSeed(nextSeed(seed))}
    >
      {format(f.seed, { seed })}
    </button>
  );
}
