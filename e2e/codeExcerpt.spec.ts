import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceRegion } from '../src/core/sourceRegions';
import { expect, hydrated, test } from './fixtures';

/** Every <CodeExcerpt file region> of a chapter's MDX. */
function excerpts(lang: 'en' | 'zh', chapter: string): { file: string; region: string }[] {
  const text = readFileSync(path.resolve('content', lang, `${chapter}.mdx`), 'utf8');
  return [...text.matchAll(/<CodeExcerpt file="([^"]+)" region="([^"]+)"/g)].map((m) => ({
    file: m[1]!,
    region: m[2]!,
  }));
}

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: chapter 5 shows each code excerpt exactly as its file has it, markers left out`, async ({
    page,
  }) => {
    const wanted = excerpts(lang, '05-implementation');
    expect(wanted.length).toBeGreaterThan(10);
    await page.goto(`/${lang}/05-implementation/`);
    await hydrated(page);
    for (const { file, region } of wanted) {
      const expected = sourceRegion(readFileSync(path.resolve(file), 'utf8'), region, file);
      const figure = page.locator(`[data-code-excerpt="${file}#${region}"]`).first();
      expect(await figure.locator('pre code').textContent()).toBe(expected.code);
      await expect(figure.locator('figcaption')).toContainText(
        `${expected.firstLine}–${expected.lastLine}`,
      );
    }
    await expect(page.locator('.code-excerpt pre').first()).toHaveAttribute('tabindex', '0');
    const shown = await page.locator('.code-excerpt pre').allTextContents();
    expect(shown.join('\n')).not.toMatch(/#(end)?region/);
  });
}
