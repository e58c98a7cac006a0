import { readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import axeCore from 'axe-core';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every page of the site: both homes, the teachers' pages and every chapter in both languages. */
export function sitePages(): { path: string; lang: 'en' | 'zh'; chapter: string | null }[] {
  const content = path.resolve(process.cwd(), 'content');
  const pages: { path: string; lang: 'en' | 'zh'; chapter: string | null }[] = [
    { path: '/', lang: 'en', chapter: null },
    { path: '/zh/', lang: 'zh', chapter: null },
    { path: '/en/teach/', lang: 'en', chapter: null },
    { path: '/zh/teach/', lang: 'zh', chapter: null },
    { path: '/en/playground/', lang: 'en', chapter: null },
    { path: '/zh/playground/', lang: 'zh', chapter: null },
  ];
  for (const lang of ['en', 'zh'] as const) {
    for (const file of readdirSync(path.join(content, lang))
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const slug = file.replace(/\.mdx$/, '');
      pages.push({ path: `/${lang}/${slug}/`, lang, chapter: slug });
    }
  }
  return pages;
}

interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  /** Call in a test that provokes errors on purpose. */
  allowConsoleErrors(pattern: RegExp): void;
}

/**
 * Every test watches its page: a console error, an uncaught exception or a request to another
 * origin fails the test when it ends.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const allowed: RegExp[] = [];
      const problems: PageProblems = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        allowConsoleErrors: (p) => allowed.push(p),
      };
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowed.some((p) => p.test(m.text())))
          problems.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => problems.pageErrors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          new URL(url).origin !== origin
        ) {
          problems.foreignRequests.push(url);
        }
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
      expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until React has hydrated the prerendered page. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}

/** Scrolls every widget into view and waits for each to say it is ready. */
export async function widgetsReady(page: Page): Promise<number> {
  const widgets = page.locator('[data-widget]');
  const n = await widgets.count();
  for (let i = 0; i < n; i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    // Some widgets compute on arrival (EchoState runs a reservoir): generous on a busy machine.
    await expect(widgets.nth(i)).toHaveAttribute('data-status', 'ready', { timeout: 45_000 });
  }
  return n;
}

/**
 * Opens a chapter (chapter 1 unless named) in a language, scrolls one widget into view (widgets mount lazily, as a reader
 * reaches them) and waits until it is ready. Returns the widget's root.
 */
export async function openInChapter(
  page: Page,
  widget: string,
  lang: 'en' | 'zh',
  chapter = '01-basics',
) {
  await page.goto(`/${lang}/${chapter}/`);
  await hydrated(page);
  const root = page.locator(`[data-widget="${widget}"]`);
  await expect(root).toHaveCount(1);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return root;
}

/**
 * Elements of a widget that stick out past its right edge, outside any scrolling container: what
 * would push a phone's page sideways.
 */
export function overflowingElements(widget: Locator): Promise<string[]> {
  return widget.evaluate((root) => {
    const right = root.getBoundingClientRect().right;
    const out: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= right + 1) continue;
      let scroller = false;
      for (let p = el.parentElement; p && p !== root; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') scroller = true;
      if (!scroller) out.push(el.outerHTML.slice(0, 80));
    }
    return out;
  });
}

/**
 * Records, from the first paint on, every value `attribute` takes on any element, as
 * "value" or, with `key`, as "key value" (the element's `key` attribute first): a state that
 * passes quickly (a widget running, an animated step) is read from the record, not caught live.
 */
export async function recordAttribute(page: Page, attribute: string, key?: string) {
  await page.addInitScript(
    ([attr, keyAttr]) => {
      const seen: string[] = [];
      (window as unknown as { __records: Record<string, string[]> }).__records ??= {};
      (window as unknown as { __records: Record<string, string[]> }).__records[attr!] = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          const value = el.getAttribute(attr!);
          if (value === null) continue;
          const entry = keyAttr ? `${el.getAttribute(keyAttr)} ${value}` : value;
          if (entry !== seen.at(-1)) seen.push(entry);
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: [attr!] });
    },
    [attribute, key ?? ''],
  );
  return () =>
    page.evaluate(
      (attr) =>
        (window as unknown as { __records: Record<string, string[]> }).__records[attr] ?? [],
      attribute,
    );
}

/** Every data-status value the page's widget took (use on a page with one widget). */
export const recordStatuses = (page: Page) => recordAttribute(page, 'data-status');

/** Opens a figure's "More settings" disclosure (the figure kit's, in either language), if closed. */
export async function openMoreSettings(widget: Locator): Promise<void> {
  const details = widget.getByTestId('more-settings');
  if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) return;
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
}

/** The rendered width of every range input in a widget, by its label: each must stay draggable. */
export function sliderWidths(widget: Locator): Promise<Record<string, number>> {
  return widget.evaluate((root) =>
    Object.fromEntries(
      [...root.querySelectorAll<HTMLInputElement>('input[type="range"]')].map((input) => [
        input.labels?.[0]?.textContent ?? input.id,
        input.getBoundingClientRect().width,
      ]),
    ),
  );
}

/** Clicks a range input once near its left or right end: a single tap must set it there. */
export async function tapSliderEnd(slider: Locator, end: 'min' | 'max'): Promise<void> {
  const box = (await slider.boundingBox())!;
  await slider.click({ position: { x: end === 'min' ? 2 : box.width - 2, y: box.height / 2 } });
}

/**
 * The axe rules that can only ever report a minor or moderate violation: axe gives a violation
 * its rule's impact (axe-core's `_audit`, read here so an upgrade that raises a rule's impact
 * turns it back on). Our scans keep serious and critical issues only, so running these rules is
 * work whose result is thrown away — `region` alone was a seventh of a chapter page's scan.
 */
const NEVER_SERIOUS_RULES = (
  axeCore as unknown as { _audit: { rules: { id: string; impact?: string }[] } }
)._audit.rules
  .filter((rule) => rule.impact === 'minor' || rule.impact === 'moderate')
  .map((rule) => rule.id);

/**
 * An axe scan of the page that runs every rule able to report a serious or critical issue, and
 * details violations only (axe need not collect every passing node: thousands in a chapter).
 */
export function seriousAxe(page: Page): AxeBuilder {
  // In this order: options() replaces all options, disableRules() adds to them.
  return new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .disableRules(NEVER_SERIOUS_RULES);
}

/**
 * The serious and critical accessibility violations axe finds on the page, one line each. KaTeX's
 * visual rendering (`.katex-html`) is left out: it is aria-hidden, assistive technology reads the
 * MathML twin beside it (which is scanned), and its thousands of spans doubled the scan's time on
 * a chapter page.
 */
export async function seriousA11yIssues(page: Page): Promise<string[]> {
  const axe = await seriousAxe(page).exclude('.katex-html').analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
