/**
 * The secret WordPress adds to the frame's address (`#?secret=…`) when it embeds an oEmbed
 * `rich` iframe from a site it does not know (wp-includes/embed.php wp_filter_oembed_result);
 * its wp-embed.js sizes the iframe whose `data-secret` it is. Letters and digits only, as it checks.
 */
export function wordpressSecret(hash: string): string | null {
  return /^#\?(?:.*&)?secret=([a-zA-Z0-9]+)(?:&|$)/.exec(hash)?.[1] ?? null;
}

/** What the frame posts to its parent whenever its content's height changes (the embed contract). */
export function heightMessages(height: number, widget: string | null, secret: string | null) {
  return [
    { type: 'unrolled:height', height, widget },
    // Canvas's form, as its handler reads it (canvas-lms ui/shared/lti/jquery/subjects/
    // lti.frameResize.ts): an object with `subject` and `height` in px. On the pages that run the
    // handler (wiki pages, syllabus, assignments, modules) Canvas sizes the iframe this window is
    // in, rich-content iframes included; its answer, `lti.frameResize.response`, is ignored below.
    { subject: 'lti.frameResize', height },
    // WordPress's form (wp-embed.js: `message`, `value`, `secret`; it keeps 200–1000 px).
    ...(secret ? [{ message: 'height', value: height, secret }] : []),
  ];
}

/** The height the content needs: the body's box with its margins (not the frame's viewport). */
function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  const margins = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return Math.ceil(body.getBoundingClientRect().height + (Number.isFinite(margins) ? margins : 0));
}

/**
 * In a frame, posts the content's height to the parent on every change (a ResizeObserver on the
 * body), in each form. The one message the frame answers is the host script's
 * `{ type: 'unrolled:measure' }` from its own parent (sent when the script starts after the
 * frame has loaded); any other message — another origin's, malformed — is ignored. `firstHash`
 * is the address's hash as the frame was loaded (where WordPress puts its secret).
 */
export function postHeightToParent(widget: string | null, firstHash: string): void {
  if (window.parent === window) return;
  const secret = wordpressSecret(firstHash);
  let last = -1;
  const post = (force: boolean) => {
    const height = contentHeight();
    if (!force && height === last) return;
    last = height;
    // The height is no secret and the host's origin is unknown: any parent may read it.
    for (const message of heightMessages(height, widget, secret))
      window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post(false)).observe(document.body);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== window.parent) return;
    const data = event.data;
    if (
      typeof data === 'object' &&
      data !== null &&
      (data as { type?: unknown }).type === 'unrolled:measure'
    )
      post(true);
  });
}
