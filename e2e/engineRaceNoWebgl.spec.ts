import { ENGINES } from '../src/sim';
import { STRINGS, tinyRace } from './engineRacePage';
import { expect, openInChapter, test } from './fixtures';

// Its own file: the browser's launch flags apply to a whole file's worker.
// Chromium with no GPU and no software rasteriser: a machine without a usable GPU.
test.use({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-software-rasterizer',
      '--disable-background-networking',
      '--no-first-run',
    ],
  },
});

test('zh: WebGL is shown unavailable, with the reason, and the race goes on without it', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'EngineRace', 'zh', '05-implementation');
  const webgl = widget.getByTestId('race-table').locator('tbody tr').nth(ENGINES.indexOf('webgl'));
  await expect(webgl.locator('td').nth(2)).toHaveText(
    /^不可用：(此浏览器不支持 WebGL|这里无法启动 WebGL)/,
  );
  await expect(widget.locator('.rate-bar[data-label="WebGL（GPU）"] .rate-bar__value')).toHaveText(
    '不可用',
  );
  await tinyRace(widget, 'zh');
  await widget.getByRole('button', { name: STRINGS.zh.race }).click();
  await expect(widget.getByTestId('race-status')).toHaveText(`${ENGINES.length} 个引擎全部测完。`, {
    timeout: 60_000,
  });
  await expect(widget.getByTestId('race-reason')).toHaveText(/^在这里最快（实测每秒步数：.+）。$/);
});
