/**
 * The embed page's own oEmbed discovery link: the document of its widget in its language
 * (`oembed/<lang>/<Name>.json`, written at build time by scripts/oembed.mjs). Added while the
 * page starts, since one embed.html serves every widget.
 */
export function addOembedDiscovery(doc: Document, widget: string, lang: 'en' | 'zh'): void {
  // Only a name the build could have written a document for: no link built from garbage.
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(widget)) return;
  const link = doc.createElement('link');
  link.rel = 'alternate';
  link.type = 'application/json+oembed';
  link.href = new URL(`oembed/${lang}/${widget}.json`, new URL('.', doc.baseURI)).toString();
  link.title = `${widget} · Unrolled`;
  doc.head.append(link);
}
