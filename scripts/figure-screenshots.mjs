// Screenshots of every figure alone (embed.html) from a running preview server, for the README
// and docs/screenshots/. Usage:
//   node scripts/figure-screenshots.mjs <out dir> [widths, e.g. 1440,768,360] [light|dark] [names]
//   (names: a comma-separated subset; by default every figure)
// BASE_URL defaults to the preview server (http://localhost:4173).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [outDir = 'docs/screenshots/after', widthList = '1440,360', theme = 'light', nameList] =
  process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4173';
// By default every figure: each folder of src/widgets with an info.ts is one.
const names = nameList
  ? nameList.split(',')
  : readdirSync('src/widgets').filter((d) => existsSync(`src/widgets/${d}/info.ts`));
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
});
for (const width of widthList.split(',').map(Number)) {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  for (const name of names) {
    await page.goto(`${base}/embed.html?widget=${name}&theme=${theme}`);
    const root = page.locator(`[data-widget="${name}"]`).first();
    await page
      .locator(`[data-widget="${name}"]:is([data-status="ready"], [data-status="running"])`)
      .first()
      .waitFor({ timeout: 30_000 });
    const suffix = theme === 'dark' ? '-dark' : '';
    await root.screenshot({ path: `${outDir}/${name}-${width}${suffix}.png` });
    console.log(`${name} at ${width} px${suffix}`);
  }
  await page.close();
}
await browser.close();
