import { en, type Strings } from './en';
import type { Lang } from './lang';
import { zh } from './zh';

export type { Strings } from './en';
export { languages, isLang, type Lang } from './lang';

const tables: Record<Lang, Strings> = { en, zh };

export function stringsFor(lang: Lang): Strings {
  return tables[lang];
}

/** Fills `{name}` placeholders. A placeholder with no value is left visible, never dropped. */
export function format(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/**
 * Cuts a template at its `{name}` placeholders: text pieces and placeholder names in order, for
 * a renderer that wraps some values in elements (reader text in <bdi>).
 */
export function templateParts(template: string): { text: string; name: string | null }[] {
  const parts: { text: string; name: string | null }[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index), name: null });
    parts.push({ text: m[0], name: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last), name: null });
  return parts;
}
