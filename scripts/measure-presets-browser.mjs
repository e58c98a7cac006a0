// Measures the EKF's temporal-XOR preset in Chromium, as scripts/measure-presets.ts does in Node
// (the same measurePreset, loaded from a running dev server), and prints the record
// src/widgets/Playground/presetOutcomes.ts keeps as ekfInChromium. The filter magnifies the last
// bit in which a browser's Math.exp and Math.log differ from Node's, so its curve differs there.
//
//   npx vite --configLoader runner --port 5351 &
//   node scripts/measure-presets-browser.mjs http://localhost:5351
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  await page.goto(base);
  const measured = await page.evaluate(async () => {
    const { measurePreset } = await import('/src/widgets/Playground/measurePreset.ts');
    const { playgroundPresets } = await import('/src/widgets/Playground/presets.ts');
    return measurePreset(playgroundPresets.xorEkf.values, [40, 60, 200], 0.65);
  });
  console.error(`Chromium ${browser.version()}`);
  console.log(JSON.stringify(measured, null, 2));
} finally {
  await browser.close();
}
