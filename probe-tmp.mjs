import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ viewport: { width: 1280, height: 1900 } });
const page = await context.newPage();
const base=process.env.B;
await page.goto(base + '/embed.html?widget=CharRNN');
const w = page.locator(`[data-widget="CharRNN"]`);
await page.locator('[data-widget="CharRNN"][data-status="ready"]').waitFor({timeout:60000});
await w.getByRole('button', { name: /^Train$/ }).click();
for (let i = 0; i < 4; i++) {
  await page.waitForTimeout(2000);
    const st = await w.getAttribute('data-status');
    const txt = (await w.locator('[role="status"]').allInnerTexts()).join(' | ');
    console.log(i, st, txt.slice(0, 200), await w.getByTestId('loss').getAttribute('data-step'));
}
await browser.close();
