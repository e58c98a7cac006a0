import type { Locator, Page } from '@playwright/test';
import { expect, openMoreSettings } from './fixtures';

/** The widths at which slider tracks are checked: a phone, 200% zoom of 1280 px, a laptop. */
export const SLIDER_WIDTHS = [360, 640, 1280] as const;

/**
 * Every slider of the figure (More settings opened) has a track of at least 120 px, so that a
 * finger can set it (issue 11 #7). Returns the narrowest width seen.
 */
export async function expectUsableSliders(page: Page, widget: Locator): Promise<number> {
  await openMoreSettings(widget);
  const tracks = await widget.locator('input[type="range"]').evaluateAll((inputs) =>
    inputs.map((input) => ({
      label: (input as HTMLInputElement).labels?.[0]?.textContent ?? '?',
      width: input.getBoundingClientRect().width,
    })),
  );
  expect(tracks.length).toBeGreaterThan(0);
  const narrow = tracks.filter((t) => t.width < 120).map((t) => `${t.label}: ${t.width} px`);
  expect(narrow, `slider tracks under 120 px at ${page.viewportSize()?.width} px`).toEqual([]);
  return Math.min(...tracks.map((t) => t.width));
}

/**
 * One tap on a slider's track, a quarter of the way along, sets it to about a quarter of its
 * range. Returns the value it took.
 */
export async function tapSliderAtQuarter(slider: Locator): Promise<number> {
  const box = (await slider.boundingBox())!;
  await slider.click({ position: { x: box.width / 4, y: box.height / 2 } });
  const { value, min, max } = await slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    return { value: Number(input.value), min: Number(input.min), max: Number(input.max) };
  });
  const fraction = (value - min) / (max - min);
  expect(fraction).toBeGreaterThan(0.1);
  expect(fraction).toBeLessThan(0.4);
  return value;
}

/** What the browser does when the reader switches tabs: the document says so, then tells. */
export async function setTabHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate(tabHidden, hidden);
}

function tabHidden(hidden: boolean) {
  const state = hidden ? 'hidden' : 'visible';
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * Reads `count` a dozen times over three seconds and expects it never to move from `at`: a
 * figure that says it is held does no work.
 */
export async function expectStill(count: () => Promise<number>, at: number): Promise<void> {
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        seen.push(await count());
        return seen.length;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(12);
  expect(seen.every((n) => n === at)).toBe(true);
}
