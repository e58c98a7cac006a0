import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(`http://localhost:5345/embed.html?widget=Playground&steps=20000`);
await page.getByTestId('playground-agreement').waitFor({ timeout: 60_000 });
await page.evaluate(() => {
  window.__log = [];
  const el = document.querySelector('[data-testid=playground-watch-status]');
  new MutationObserver(() => window.__log.push([Math.round(performance.now()), el.getAttribute('data-state'), el.getAttribute('data-step')])).observe(el, { attributes: true });
});
await page.locator('.play-pause__button').click();
await page.waitForTimeout(4000);
await page.locator('.play-pause__button').click();
await page.waitForTimeout(3000);
console.log(JSON.stringify(await page.evaluate(() => window.__log)));
await browser.close();
