import type { Locator } from '@playwright/test';

/** What the EngineRace specs share: the figure's words and the tiniest race it allows. */
export const STRINGS = {
  en: {
    race: 'Race the engines',
    more: 'More settings',
    budget: /Timed training/,
    warmup: /Warm-up/,
  },
  zh: { race: '让引擎比赛', more: '更多设置', budget: /计时训练/, warmup: /预热步数/ },
} as const;

/** The smallest run the figure allows: H = 16, 50 ms timed after one warm-up step per engine. */
export async function tinyRace(widget: Locator, lang: 'en' | 'zh') {
  const t = STRINGS[lang];
  await widget.getByRole('radio', { name: '16', exact: true }).check();
  await widget.getByText(t.more).click();
  for (const name of [t.budget, t.warmup]) {
    const slider = widget.getByRole('slider', { name });
    await slider.focus();
    await slider.press('Home');
  }
}
