import { chromium } from '@playwright/test';
const [query = '', suffix = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [1440, 360]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(`http://localhost:5343/embed.html?widget=ClockworkWave&theme=light${query}`);
  const root = page.locator('[data-widget="ClockworkWave"]');
  await page.locator('[data-widget="ClockworkWave"][data-status="ready"]').waitFor({ timeout: 30_000 });
  await root.getByRole('button', { name: /Train the three networks/ }).click();
  await root.getByText(/^All \d+ updates done\.$/).waitFor({ timeout: 240_000 });
  await root.screenshot({ path: `docs/screenshots/after/ClockworkWave-${width}${suffix}.png` });
  console.log(width, await root.getByTestId('clockwork-wave-order').textContent());
  await page.close();
}
await browser.close();
