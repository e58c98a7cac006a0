import { chromium } from '@playwright/test';
const [query = '', out = '/tmp/pg.png', width = '1440', steps = '0'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, reducedMotion: 'reduce' });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') console.log('[console]', m.text()); });
await page.goto(`http://localhost:5345/embed.html?widget=Playground${query}`);
await page.getByTestId('playground-agreement').or(page.getByTestId('playground-gradients-refused')).first().waitFor({ timeout: 60_000 });
if (Number(steps) > 0) {
  await page.getByRole('button', { name: 'Train' }).click();
  const t0 = Date.now();
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=playground-status]')?.getAttribute('data-step')) >= n, Number(steps), { timeout: 120_000 });
  console.log('steps', steps, 'in', Date.now() - t0, 'ms');
  await page.locator('.play-pause__button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=playground-watch-status]')?.getAttribute('data-state') === 'done' && document.querySelector('[data-widget=Playground]')?.getAttribute('data-status') === 'ready', null, { timeout: 60_000 });
}
const info = await page.evaluate(() => ({
  step: document.querySelector('[data-testid=playground-status]')?.getAttribute('data-step'),
  watchStep: document.querySelector('[data-testid=playground-watch-status]')?.getAttribute('data-step'),
  agreement: document.querySelector('[data-testid=playground-agreement]')?.textContent,
  grads: document.querySelector('[data-testid=playground-gradients-readout]')?.textContent,
  gates: document.querySelector('[data-testid=playground-gates-readout]')?.textContent,
  metricPoints: document.querySelector('[data-testid=playground-metric]')?.getAttribute('data-points'),
  lossPoints: document.querySelector('[data-testid=playground-loss]')?.getAttribute('data-points'),
  scrollW: document.documentElement.scrollWidth,
}));
console.log(JSON.stringify(info, null, 1));
await page.locator('[data-widget="Playground"]').first().screenshot({ path: out });
await browser.close();
