import type { MouseEvent } from 'react';
import { type Lang } from '../i18n';
import { useLang, useStrings } from '../ui/LangContext';
import { routePath, translateRoute, type Route } from './routes';

/** The id of the last section heading scrolled past (the reader's place), if any. */
function currentSectionId(): string | null {
  let id: string | null = null;
  for (const h of document.querySelectorAll<HTMLElement>('article h2[id], article h3[id]')) {
    if (h.getBoundingClientRect().top <= 160) id = h.id;
    else break;
  }
  return id;
}

/**
 * A plain link to the same page in the other language; with scripts on it also carries the
 * section the reader is in (anchors are shared across languages, see build/slug.ts).
 */
export function LangSwitch({ route, base }: { route: Route; base: string }) {
  const lang = useLang();
  const s = useStrings().site;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const href = routePath(translateRoute(route, other), base);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    const section = currentSectionId();
    if (section && route.kind === 'chapter') {
      e.preventDefault();
      window.location.assign(`${href}${window.location.search}#${section}`);
    }
  };
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={s.otherLanguageLabel}
      onClick={onClick}
    >
      {s.otherLanguage}
    </a>
  );
}
