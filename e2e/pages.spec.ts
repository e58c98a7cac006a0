import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, sitePages, test, widgetsReady } from './fixtures';

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
      // axe walks every node, and a chapter's typeset math (HTML plus MathML) runs to thousands
      // of them: on a loaded 2-core machine the analysis alone can take over a minute.
      test.slow(chapter !== null, 'axe over a chapter full of typeset math');
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('h1')).toBeVisible();
      await widgetsReady(page);
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  });
}

test('chapter 1 has the RecurrenceStepper in both languages', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`/${lang}/01-basics/`);
    await hydrated(page);
    expect(await widgetsReady(page)).toBeGreaterThanOrEqual(1);
    await expect(page.locator('[data-widget="RecurrenceStepper"]')).toHaveCount(1);
  }
});

test('the home page links every part in order', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.parts a');
  await expect(links).toHaveCount(5);
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/en\/02-training\/$/);
  await expect(page.locator('.chapter__part')).toContainText('Part 2');
});
