import { useStrings } from '../../ui/LangContext';
import type { HeldBy } from './sessionController';

/**
 * Says that training waits for the reader — the tab is hidden or the figure is off screen —
 * once the session has acknowledged the stop. Always rendered (empty when training is not
 * held), so tests and assistive technology read one element: `data-testid="training-held"`,
 * `data-held="true|false"`.
 */
export function HeldNotice({ held }: { held: HeldBy | null }) {
  const t = useStrings().training;
  return (
    <span className="muted" role="status" data-testid="training-held" data-held={held !== null}>
      {held === 'tab' ? t.heldTab : held === 'screen' ? t.heldScreen : ''}
    </span>
  );
}
