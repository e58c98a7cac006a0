import { useState, type ReactNode } from 'react';
import { useStrings } from '../LangContext';

export interface MoreSettingsProps {
  readonly children: ReactNode;
  /** Open at first (default closed). */
  readonly defaultOpen?: boolean;
}

/**
 * "More settings": a native disclosure, closed by default, for every control that is not one of
 * the figure's one or two main ones. It stays open or closed as the reader left it while the
 * figure's settings change (its state lives here, not in the share link).
 */
export function MoreSettings({ children, defaultOpen = false }: MoreSettingsProps) {
  const f = useStrings().figure;
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details
      className="more-settings"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="more-settings"
    >
      <summary>{f.moreSettings}</summary>
      <div className="more-settings__body">{children}</div>
    </details>
  );
}
