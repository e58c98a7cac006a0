import { expect, hydrated, seriousA11yIssues, sitePages, test, widgetsReady } from './fixtures';

for (const { path, lang, chapter } of sitePages()) {
  test.describe(`${path}`, () => {
    test('is prerendered: title and typeset math are in the HTML before any script runs', async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`);
      const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html);
      expect(h1, 'an <h1> in the static HTML').not.toBeNull();
      expect(html).toContain(`<title>${h1![1]}`);
      if (chapter) {
        expect(html).toMatch(/class="katex"/);
        expect(html).toMatch(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"/);
      }
    });

    test('hydrates with no console error, no foreign request, every widget ready, no serious a11y issue', async ({
      page,
    }) => {
      // axe walks every node, and a chapter's typeset math runs to thousands of them: on a
      // loaded 2-core machine the analysis alone can take half a minute.
      test.slow(chapter !== null, 'axe over a chapter full of typeset math');
      const html = await (await page.request.get(path)).text();
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('h1')).toBeVisible();
      // Every figure the prerendered page announced is there after hydration, and ready.
      const widgets = await widgetsReady(page);
      expect(widgets).toBe(html.match(/ data-widget="/g)?.length ?? 0);
      if (chapter === '01-basics')
        await expect(page.locator('[data-widget="RecurrenceStepper"]')).toHaveCount(1);
      expect(await seriousA11yIssues(page)).toEqual([]);
    });
  });
}

test('the home page links every part in order', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.parts a');
  await expect(links).toHaveCount(5);
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/en\/02-training\/$/);
  await expect(page.locator('.chapter__part')).toContainText('Part 2');
});
