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
