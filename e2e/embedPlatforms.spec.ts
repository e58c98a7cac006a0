import { expect, test } from '@playwright/test';
import {
  canvasFrameResize,
  expectSizedToContent,
  openHost,
  readyFigure,
  wordpressEmbed,
} from './embedHosts';

// The host page is fulfilled by the test, so Chromium counts it as a public site and would refuse
// its frames from localhost (Local Network Access); a real course site and a deployed Unrolled
// are both public, so the check does not apply to them.
test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=LocalNetworkAccessChecks',
    ],
  },
});

test('Canvas: an iframe with only src, width, height and allowfullscreen works, resizes, hides and locks', async ({
  page,
  baseURL,
}) => {
  const site = `${baseURL}/`;
  const src = `${site}embed.html?widget=PhasedGate&hide=leak&lock=openRatio&openRatio=0.5`;
  const watch = await openHost(
    page,
    site,
    `<!doctype html><title>Week 4 · Canvas</title><h1>Week 4</h1>
     <iframe src="${src.replace(/&/g, '&amp;')}" width="100%" height="300" allowfullscreen></iframe>
     <p id="after">Read section 4.2 before Friday.</p>${canvasFrameResize}`,
  );
  const frame = page.frameLocator('iframe');
  const figure = await readyFigure(frame, 'PhasedGate');
  // Chromeless: the figure alone, none of the site's header, footer or navigation.
  await expect(frame.locator('header, nav, .site-footer, .site-header')).toHaveCount(0);
  // Locked at the URL's value, shown disabled; hidden not in the document at all.
  const ratio = figure.getByRole('slider', { name: /Open ratio/ });
  await expect(ratio).toBeDisabled();
  await expect(ratio).toHaveAttribute('aria-valuetext', /0\.5/);
  await expect(figure.getByRole('slider', { name: /Leak/ })).toHaveCount(0);
  // A control works: τ 8 → 9 by keyboard, the readout follows and the frame's URL keeps it.
  const period = figure.getByRole('slider', { name: /Period/ });
  await period.focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByTestId('gate-summary')).toContainText('t = 0, 9, 18');
  const inner = page.frames().find((f) => f.url().includes('embed.html'))!;
  await expect.poll(() => inner.url()).toContain('period=9');
  expect(inner.url()).toContain('lock=openRatio');
  // Canvas's handler sized the frame from the lti.frameResize message (and answered it with
  // lti.frameResize.response, which the frame ignores): it is no longer 300 px.
  expect(await expectSizedToContent(page, 0)).not.toBe(300);
  // "Open in Unrolled" goes to the figure in its chapter with the settings.
  const open = frame.getByTestId('open-in-unrolled');
  await expect(open).toHaveAttribute(
    'href',
    /\/en\/04-clockwork\/\?PhasedGate-1\.period=9.*#PhasedGate-1$/,
  );
  await expect(page.locator('#after')).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('WordPress: the sandboxed frame it makes of an oEmbed document works and follows the height', async ({
  page,
  baseURL,
}) => {
  const site = `${baseURL}/`;
  // WordPress frames an unknown provider's iframe with sandbox="allow-scripts": an opaque origin,
  // whose module scripts load only if the Unrolled host sends Access-Control-Allow-Origin (as a
  // host must for WordPress, README); without it the frame stays blank.
  await page.route(`${site}**`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'access-control-allow-origin': '*' },
    });
  });
  const doc = await (await page.request.get('/oembed/en/PhasedGate.json')).json();
  // What wp_filter_oembed_result (wp-includes/embed.php) makes of its html: src, width, height
  // and title kept, a secret appended, sandboxed. (The build's public base is another port.)
  const src = /src="([^"]+)"/.exec(doc.html)![1]!.replace(/^https?:\/\/[^/]+\//, site);
  const watch = await openHost(
    page,
    site,
    `<!doctype html><title>A blog</title>
     <iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"
       src="${src}#?secret=k3Y9sQ" data-secret="k3Y9sQ" width="${doc.width}" height="${doc.height}"
       title="${doc.title}"></iframe><p id="after">Comments</p>${wordpressEmbed}`,
  );
  const figure = await readyFigure(page.frameLocator('iframe'), 'PhasedGate');
  await figure.getByRole('slider', { name: /Period/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByTestId('gate-summary')).toContainText('t = 0, 9, 18');
  // wp-embed.js sized the frame from the frame's message: the content's height, within 200–1000.
  const iframe = page.locator('iframe');
  const content = () =>
    page
      .frames()
      .find((f) => f.url().includes('embed.html'))!
      .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect
    .poll(async () =>
      Math.abs(
        (await iframe.evaluate((f) => f.clientHeight)) -
          Math.min(1000, Math.max(200, await content())),
      ),
    )
    .toBeLessThanOrEqual(2);
  expect(await iframe.evaluate((f) => f.clientHeight)).not.toBe(doc.height);
  await expect(page.locator('#after')).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('The host script: a custom element and a plain iframe on one page, each sized to its figure', async ({
  page,
  baseURL,
}) => {
  const site = `${baseURL}/`;
  const watch = await openHost(
    page,
    site,
    `<!doctype html><title>Lecture notes</title>
     <script src="${site}unrolled-embed.js"></script>
     <unrolled-figure name="PhasedGate" lang="zh" theme="dark" hide="leak" lock="openRatio"
       params="period=10" height="200"></unrolled-figure>
     <iframe src="${site}embed.html?widget=ClockSchedule" width="600" height="200" style="border:0"></iframe>
     <unrolled-figure id="bad-name" name="<img src=x onerror=alert(1)>"></unrolled-figure>
     <unrolled-figure id="no-name"></unrolled-figure>
     <unrolled-figure id="bad-bits" name="Unroll" hide="a b" height="huge" lang="fr"></unrolled-figure>
     <p id="after">End of the notes.</p>`,
  );
  const phased = await readyFigure(
    page.frameLocator('unrolled-figure iframe').first(),
    'PhasedGate',
  );
  const schedule = await readyFigure(page.frameLocator('body > iframe'), 'ClockSchedule');
  // The element's attributes reached the figure: Chinese, dark, τ = 10, hidden and locked.
  const phasedFrame = page.frames().find((f) => f.url().includes('widget=PhasedGate'))!;
  expect(await phasedFrame.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  expect(await phasedFrame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  await expect(phased.getByRole('slider').first()).toHaveAttribute('aria-valuetext', /10/);
  await expect(phased.locator('input[type="range"][disabled]')).toHaveCount(1);
  await expect(phased.locator('input[type="range"]')).toHaveCount(3);
  // Both frames work and each is sized to its own content.
  const position = schedule.getByTestId('position');
  const before = await position.textContent();
  await schedule.locator('[data-step-control="forward"]').click();
  await expect(position).not.toHaveText(before!);
  const [a, b] = [await expectSizedToContent(page, 0), await expectSizedToContent(page, 1)];
  expect(a).not.toBe(200);
  expect(b).not.toBe(200);
  expect(a).not.toBe(b);
  // A height message that does not come from the frame's own window is ignored.
  await page.evaluate(() => window.postMessage({ type: 'unrolled:height', height: 5000 }, '*'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  expect(
    await page
      .locator('iframe')
      .nth(0)
      .evaluate((f) => f.clientHeight),
  ).toBe(a);
  // Bad attributes: a message inside the element, as text; the page goes on.
  await expect(page.locator('#bad-name')).toContainText('is not a figure name');
  await expect(page.locator('#bad-name img')).toHaveCount(0);
  await expect(page.locator('#no-name')).toContainText('give the element a name');
  await expect(page.locator('#bad-bits')).toContainText('ignored “a b” in hide');
  await expect(page.locator('#bad-bits')).toContainText('ignored height “huge”');
  await expect(page.locator('#bad-bits iframe')).toHaveCount(1);
  await expect(page.locator('#after')).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('A reveal-style slide that unloads its iframe and loads it again keeps the settings', async ({
  page,
  baseURL,
}) => {
  const site = `${baseURL}/`;
  // As reveal.js does with data-background-iframe: the frame exists only while its slide shows.
  const watch = await openHost(
    page,
    site,
    `<!doctype html><title>Slides</title>
     <button id="next">next</button><button id="prev">prev</button>
     <section id="s1"><h2>Slide 1</h2></section>
     <section id="s2" hidden data-background-iframe="${site}embed.html?widget=PhasedGate&amp;lock=leak"></section>
     <script>
       const s2 = document.getElementById('s2');
       document.getElementById('next').onclick = () => {
         s2.hidden = false;
         const f = document.createElement('iframe');
         f.src = s2.dataset.backgroundIframe;
         f.style.cssText = 'width:100%;height:500px;border:0';
         s2.append(f);
       };
       document.getElementById('prev').onclick = () => { s2.hidden = true; s2.replaceChildren(); };
     </script>`,
    '/deck',
  );
  await page.click('#next');
  let figure = await readyFigure(page.frameLocator('#s2 iframe'), 'PhasedGate');
  await figure.getByRole('slider', { name: /Period/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByTestId('gate-summary')).toContainText('t = 0, 10, 20');
  await page.click('#prev');
  await expect(page.locator('iframe')).toHaveCount(0);
  await page.click('#next');
  figure = await readyFigure(page.frameLocator('#s2 iframe'), 'PhasedGate');
  await expect(figure.getByRole('slider', { name: /Period/ })).toHaveAttribute(
    'aria-valuetext',
    /10/,
  );
  await expect(figure.getByTestId('gate-summary')).toContainText('t = 0, 10, 20');
  // Leak, under More settings (closed), is locked: the one disabled slider.
  await expect(figure.locator('input[type="range"][disabled]')).toHaveCount(1);
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('Bad embed input gets a message in place; a stranger’s messages to the frame change nothing', async ({
  page,
  baseURL,
}) => {
  const site = `${baseURL}/`;
  const frames = [
    'widget=NoSuchFigure',
    'widget=PhasedGate&hide=nope,period&lock=__proto__&period=abc&openRatio=99',
  ];
  const watch = await openHost(
    page,
    site,
    `<!doctype html><title>Course</title>${frames
      .map(
        (q) =>
          `<iframe src="${site}embed.html?${q.replace(/&/g, '&amp;')}" width="600" height="400"></iframe>`,
      )
      .join('')}<p id="after">Still here.</p>`,
  );
  const unknown = page.frameLocator('iframe').nth(0);
  await expect(unknown.getByRole('alert')).toContainText(
    'There is no interactive figure called “NoSuchFigure”',
  );
  const figure = await readyFigure(page.frameLocator('iframe').nth(1), 'PhasedGate');
  const issues = figure.locator('.widget__issues');
  await expect(issues).toContainText('Ignored “hide=nope”');
  await expect(issues).toContainText('Ignored “lock=__proto__”');
  await expect(issues).toContainText('Ignored “period=abc”');
  await expect(issues).toContainText('Ignored “openRatio=99”');
  await expect(figure.getByRole('slider', { name: /Period/ })).toHaveCount(0);
  // Messages from the host (another origin): garbage, a forged height, a request to measure.
  await page.evaluate(() => {
    const target = document.querySelectorAll('iframe')[1]!.contentWindow!;
    for (const message of [
      'garbage',
      '{"type":',
      null,
      42,
      { type: 'unrolled:height', height: -1 },
      { __proto__: { x: 1 } },
      { type: 'unrolled:measure' },
    ])
      target.postMessage(message, '*');
  });
  const ratio = figure.getByRole('slider', { name: /Open ratio/ });
  await ratio.focus();
  await page.keyboard.press('ArrowRight');
  await expect(ratio).toHaveAttribute('aria-valuetext', /0\.26/);
  await expect(page.locator('#after')).toBeVisible();
  expect(watch.foreign).toEqual([]);
  expect(watch.errors).toEqual([]);
});
