import { format } from '../../i18n';
import { useStrings } from '../LangContext';

/** Seeds run 1 … 9999 in every widget's schema; the next one after 9999 is 1. */
export const nextSeed = (seed: number) => (seed % 9999) + 1;

export interface SeedButtonProps {
  readonly seed: number;
  readonly onSeed: (seed: number) => void;
}

/** "New random weights (seed N)": draws the next seed, and shows the one in use. */
export function SeedButton({ seed, onSeed }: SeedButtonProps) {
  const f = useStrings().figure;
  return (
    <button type="button" className="seed-button" onClick={() => onSeed(nextSeed(seed))}>
      {format(f.seed, { seed })}
    </button>
  );
}
