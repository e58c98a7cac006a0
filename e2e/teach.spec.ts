import type { Page } from '@playwright/test';
import { widgetList } from '../src/widgets/list';
import { expect, hydrated, openInChapter, openMoreSettings, test } from './fixtures';

const CHAPTERS = ['01-basics', '02-training', '03-lstm', '04-clockwork', '05-implementation'];

/** The figures the prerendered chapter pages of a language carry, in page order. */
async function chapterFigures(page: Page, lang: 'en' | 'zh'): Promise<string[]> {
  const names: string[] = [];
  for (const slug of CHAPTERS) {
    const html = await (await page.request.get(`/${lang}/${slug}/`)).text();
    names.push(...[...html.matchAll(/ data-widget="([A-Za-z]+)"/g)].map((m) => m[1]!));
  }
  return names;
}

const snippetUrl = async (page: Page) => {
  const text = await page.getByTestId('embed-snippet').inputValue();
  return new URL(/src="([^"]+)"/.exec(text)![1]!.replace(/&amp;/g, '&'));
};

for (const lang of ['en', 'zh'] as const) {
  test(`/${lang}/teach/: the gallery lists every chapter figure; the builder writes hide and lock; the preview loads`, async ({
    page,
  }) => {
    const s =
      lang === 'en'
        ? { hide: 'Hide W', lock: 'Lock word', preset: /W = 0: no memory/ }
        : { hide: '隐藏 W', lock: '锁定 word', preset: /W = 0：没有记忆/ };
    await page.goto(`/${lang}/teach/`);
    await hydrated(page);
    const cards = page.getByTestId('teach-figure');
    const listed = await cards.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-figure-name')),
    );
    expect(listed).toEqual(await chapterFigures(page, lang));
    // Every widget of the list is in some chapter, so in the gallery — but the Playground, which
    // has its own page.
    for (const { info } of widgetList)
      if (info.name !== 'Playground') expect(listed).toContain(info.name);

    // A preset from the gallery lands in the builder.
    await page
      .locator('[data-figure-name="RecurrenceStepper"]')
      .getByRole('button', { name: s.preset })
      .click();
    await expect(page.getByTestId('teach-figure-select')).toHaveValue('RecurrenceStepper');
    await expect
      .poll(async () => (await snippetUrl(page)).searchParams.get('W'))
      .toBe('0,0,0,0,0,0,0,0,0');

    await page.getByLabel(s.hide, { exact: true }).check();
    await page.getByLabel(s.lock, { exact: true }).check();
    const url = await snippetUrl(page);
    expect(url.searchParams.get('widget')).toBe('RecurrenceStepper');
    expect(url.searchParams.get('lang')).toBe(lang);
    expect(url.searchParams.get('hide')).toBe('W');
    expect(url.searchParams.get('lock')).toBe('word');
    const preview = page.getByTestId('embed-preview');
    await expect(preview).toHaveAttribute('src', url.toString());
    await expect(
      page
        .frameLocator('[data-testid="embed-preview"]')
        .locator('[data-widget="RecurrenceStepper"]'),
    ).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  });
}

test('the Embed dialog on a chapter figure: focus in and back, hide in the snippet, a live preview', async ({
  page,
}) => {
  const root = await openInChapter(page, 'RecurrenceStepper', 'en');
  const button = root.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: /^Embed “/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByLabel('Hide W', { exact: true }).check();
  const url = await snippetUrl(page);
  expect(url.origin).toBe(new URL(page.url()).origin);
  expect(url.searchParams.get('widget')).toBe('RecurrenceStepper');
  expect(url.searchParams.get('hide')).toBe('W');
  const previewed = page
    .frameLocator('[data-testid="embed-preview"]')
    .locator('[data-widget="RecurrenceStepper"]');
  await expect(previewed).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  // The preview takes the hide it was given: no "Ignored …" notice, and W's sliders are gone
  // from its More settings while the other settings stay.
  await expect(previewed).not.toContainText('Ignored');
  await openMoreSettings(previewed);
  await expect(previewed.getByRole('slider', { name: 'W row 1, column 1' })).toHaveCount(0);
  await expect(previewed.getByText('Recurrent weights W')).toHaveCount(0);
  await expect(previewed.getByRole('slider').first()).toBeVisible();
  // Back in the dialog (focus went into the preview's frame), Escape closes it.
  await dialog.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('oEmbed: a chapter page and the embed page name documents that exist, with thumbnails', async ({
  page,
}) => {
  const html = await (await page.request.get('/zh/01-basics/')).text();
  const links = [
    ...html.matchAll(
      /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/g,
    ),
  ];
  expect(links.length).toBe((html.match(/ data-widget="/g) ?? []).length);
  expect(links[0]![2]).toMatch(/^图 1\.1 — /);
  const thumbs: { thumbnail_url: string; thumbnail_width: number; thumbnail_height: number }[] = [];
  for (const [, href] of links.slice(0, 3)) {
    const response = await page.request.get(new URL(href!).pathname);
    expect(response.status()).toBe(200);
    const doc = await response.json();
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Unrolled' });
    expect(doc.html).toMatch(new RegExp(`^<iframe src="${doc.provider_url}embed\\.html\\?widget=`));
    const thumb = await page.request.get(new URL(doc.thumbnail_url).pathname);
    expect(thumb.status()).toBe(200);
    expect(thumb.headers()['content-type']).toBe('image/jpeg');
    // A small thumbnail (not the 1440 px screenshot) that a browser decodes at the size given.
    expect((await thumb.body()).length).toBeLessThan(80_000);
    expect(doc.thumbnail_width).toBeLessThanOrEqual(480);
    thumbs.push(doc);
  }
  await page.goto('/embed.html?widget=Unroll&lang=zh');
  const decoded = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const img = new Image();
          img.src = new URL(url).pathname;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }),
      ),
    thumbs.map((d) => d.thumbnail_url),
  );
  expect(decoded).toEqual(thumbs.map((d) => [d.thumbnail_width, d.thumbnail_height]));
  const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  expect(new URL(href!).pathname).toBe('/oembed/zh/Unroll.json');
  expect((await page.request.get(href!)).status()).toBe(200);
  // The notebook module is built beside the site.
  const module = await page.request.get('/unrolled-anywidget.js');
  expect(module.status()).toBe(200);
  expect(await module.text()).toMatch(/export\s*\{/);
});
