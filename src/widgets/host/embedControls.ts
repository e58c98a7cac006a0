import type { ControlRules } from '../../ui/figure/controlRules';
import type { WidgetMeta } from '../../state/widgetMeta';

/** An embed's `hide=` and `lock=` lists, as given (prop names, comma-separated in the URL). */
export interface EmbedControls {
  readonly hide: readonly string[];
  readonly lock: readonly string[];
  /** For tests: told each prop key a mounted control sets. */
  readonly onControl?: (key: string) => void;
}

/** A name in `hide=` or `lock=` that is none of the figure's props. */
export interface ControlIssue {
  readonly list: 'hide' | 'lock';
  readonly name: string;
}

/** `"a, b,,c"` → `['a', 'b', 'c']`. */
export const splitNames = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

/** The rules the kit's controls follow, from the names that are the meta's props. */
export function controlRules(
  meta: WidgetMeta,
  controls: EmbedControls | undefined,
): { rules: ControlRules; issues: ControlIssue[] } {
  const keys = new Set(Object.keys(meta.props.shape));
  const issues: ControlIssue[] = [];
  const known = (list: 'hide' | 'lock', names: readonly string[]) =>
    new Set(
      names.filter((name) => {
        if (keys.has(name)) return true;
        issues.push({ list, name });
        return false;
      }),
    );
  const hidden = known('hide', controls?.hide ?? []);
  const locked = known('lock', controls?.lock ?? []);
  return { rules: { hidden, locked, onControl: controls?.onControl }, issues };
}
