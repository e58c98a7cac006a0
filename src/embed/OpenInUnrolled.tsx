import { useEffect, useState } from 'react';
import { figurePlaces } from 'virtual:figure-places';
import type { Lang } from '../i18n';
import { EMBED_PAGE_PARAMS, shareUrl } from '../state/shareLink';
import { useStrings } from '../ui/LangContext';
import { EMBED_URL_EVENT } from '../widgets/host/useEmbedUrl';

/**
 * The figure in its chapter, with the embed's current settings as a share link
 * (`/<lang>/<chapter>/?<id>.<prop>=<value>#<id>`); the site's home when no chapter has it.
 */
export function chapterLink(widget: string, lang: Lang, embedHref: string, base: string): string {
  const embed = new URL(embedHref);
  const site = new URL(base, embed.origin);
  const place = figurePlaces[widget]?.[lang] ?? figurePlaces[widget]?.en;
  if (!place) return new URL(lang === 'en' ? '' : `${lang}/`, site).toString();
  const page = new URL(`${lang}/${place.slug}/`, site).toString();
  const pairs = [...embed.searchParams].filter(([key]) => !EMBED_PAGE_PARAMS.includes(key));
  return shareUrl(page, place.id, pairs);
}

/** A small link out of the frame (a new tab: the host page stays), following the settings. */
export function OpenInUnrolled({ widget, lang }: { widget: string; lang: Lang }) {
  const e = useStrings().embedRuntime;
  const make = () => chapterLink(widget, lang, window.location.href, import.meta.env.BASE_URL);
  const [href, setHref] = useState(make);
  useEffect(() => {
    const follow = () => setHref(make());
    window.addEventListener(EMBED_URL_EVENT, follow);
    return () => window.removeEventListener(EMBED_URL_EVENT, follow);
  });
  return (
    <a
      className="embed__open"
      href={href}
      target="_blank"
      rel="noopener"
      aria-label={e.openInUnrolledLabel}
      data-testid="open-in-unrolled"
    >
      {e.openInUnrolled} ↗
    </a>
  );
}
