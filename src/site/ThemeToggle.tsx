import { useStrings } from '../ui/LangContext';

const THEME_KEY = 'unrolled-theme';

function currentTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'light' || set === 'dark') return set;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Light/dark switch. Until the reader picks, the system preference rules (pure CSS, so it
 * works before any script); the choice is remembered and applied by a tiny script in <head>.
 * The label is the same in both states so the prerendered page and the hydrated one agree;
 * the icon that shows is chosen by CSS.
 */
export function ThemeToggle() {
  const s = useStrings().site;
  const toggle = () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice then lasts for this page only.
    }
  };
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={toggle}
      aria-label={s.themeLabel}
      title={s.themeLabel}
    >
      <span className="theme-toggle__to-dark" aria-hidden="true">
        ☾ {s.themeToDark}
      </span>
      <span className="theme-toggle__to-light" aria-hidden="true">
        ☀ {s.themeToLight}
      </span>
    </button>
  );
}
