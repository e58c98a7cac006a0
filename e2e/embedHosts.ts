import { expect, type FrameLocator, type Page } from '@playwright/test';

/**
 * Host pages for the embed tests: each a separate document on another origin (a course site), as
 * Canvas, Moodle or a slide deck would serve it, embedding figures from the site under test. The
 * host is 127.0.0.1 where the site is localhost: another origin, but on the same machine (Chromium
 * refuses frames from localhost in pages of a public address).
 */
export const hostOf = (site: string) => {
  const url = new URL(site);
  url.hostname = '127.0.0.1';
  return url.origin;
};

/**
 * What a Canvas page runs for `lti.frameResize`, reduced to that subject: a copy of
 * canvas-lms ui/shared/lti/jquery/messages.ts (ltiMessageHandler) and
 * subjects/lti.frameResize.ts (read in the instructure/canvas-lms source; Canvas registers it on
 * wiki pages, syllabus, assignments and modules, ui/features/…). It takes an object or a JSON
 * string, the subject from `subject` (or the older `messageType`), checks no origin, and sizes
 * the iframe whose window sent the message — on the page or inside the rich-content editor —
 * to `height` px (≤ 0 becomes 1); then it answers the sender with `<subject>.response`. (In an
 * LTI tool launch it sizes the launch's own frame instead, never below 450 px: not our case.)
 */
export const canvasFrameResize = `<script>
  window.addEventListener('message', (e) => {
    if (e.data === '') return;
    let m;
    try { m = typeof e.data === 'string' ? JSON.parse(e.data) : e.data; } catch { return; }
    if (typeof m !== 'object' || m === null) return;
    const subject = m.subject ?? m.messageType;
    if (subject === undefined || String(subject).endsWith('.response')) return;
    if (subject !== 'lti.frameResize') {
      e.source.postMessage({ subject: subject + '.response', error: { code: 'unsupported_subject' } }, e.origin);
      return;
    }
    let height = m.height;
    if (Number(height) <= 0) height = 1;
    const frame = [...document.getElementsByTagName('iframe')].find((f) => f.contentWindow === e.source);
    if (frame) {
      const css = typeof height === 'number' ? height + 'px' : height;
      frame.height = css;
      frame.style.height = css;
    }
    e.source.postMessage({ subject: 'lti.frameResize.response' }, e.origin);
  });
</script>`;

/**
 * What a WordPress page runs for its oEmbed frames, reduced to the height message: a copy of
 * wp-includes/js/wp-embed.js `receiveEmbedMessage` — an object with `secret` (letters and digits),
 * `message: 'height'` and `value`; the iframe with that `data-secret` whose window sent it gets
 * `height` = value kept within 200–1000 px.
 */
export const wordpressEmbed = `<script>
  window.addEventListener('message', (e) => {
    const data = e.data;
    if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
    for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
      if (e.source !== frame.contentWindow) continue;
      frame.removeAttribute('style');
      if (data.message === 'height') {
        let height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        frame.height = height;
      }
    }
  });
</script>`;

export interface HostWatch {
  /** Requests of any Unrolled frame (or the host script) that left the site's origin. */
  readonly foreign: string[];
  readonly errors: string[];
}

/** Serves `html` as `HOST/<path>` and opens it; watches every frame's requests and errors. */
export async function openHost(
  page: Page,
  site: string,
  html: string,
  path = '/course',
): Promise<HostWatch> {
  const watch: HostWatch = { foreign: [], errors: [] };
  const host = hostOf(site);
  await page.route(`${host}/course/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === host) return;
    if (url.origin !== new URL(site).origin) watch.foreign.push(request.url());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  await page.goto(`${host}/course${path}`);
  return watch;
}

/** A figure in a frame: waits for its widget to be ready and returns it. */
export async function readyFigure(frame: FrameLocator, widget: string) {
  const root = frame.locator(`[data-widget="${widget}"]`);
  await expect(root).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  return root;
}

/** The iframe's height on the host page against its content's, once the two agree. */
export async function expectSizedToContent(page: Page, index: number): Promise<number> {
  const iframe = page.locator('iframe').nth(index);
  const content = async () => {
    const frame = await (await iframe.elementHandle())!.contentFrame();
    return frame!.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  };
  await expect
    .poll(
      async () => Math.abs((await iframe.evaluate((f) => f.clientHeight)) - (await content())),
      {
        timeout: 10_000,
      },
    )
    .toBeLessThanOrEqual(2);
  return iframe.evaluate((f) => f.clientHeight);
}
