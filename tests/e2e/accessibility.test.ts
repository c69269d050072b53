/**
 * Accessibility in Chromium: axe-core finds no WCAG 2.2 A/AA violation on each page type in the light theme, and no
 * contrast one in the dark theme; every page has one h1, a skip link and landmarks; the theme switch works from the
 * keyboard and is remembered.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { sharedSite } from '../helpers/shared-site.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  // The sample site, built once for every file that reads it (tests/setup/sample-site.ts).
  site = await serve(await sharedSite('sampleSite'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES: Record<string, string> = {
  home: '',
  year: 'years/2025/',
  entry: 'entries/kellogg-revises-deadline-to-100-days/',
  'translated entry': 'uk/entries/kellogg-revises-deadline-to-100-days/',
  thread: 'threads/ending-the-war-deadline/',
  'storylines side by side': 'threads/side-by-side/',
  person: 'people/keith-kellogg/',
  'pledge tracker': 'pledges/',
  'search with results': 'search/?q=Kellogg',
  '404': '404.html',
};

/** Pages without the site's chrome (no skip link, no navigation), checked by axe and at phone width all the same. */
const BARE_PAGES: Record<string, string> = {
  'storyline embed': 'embed/threads/trump-putin-contact/',
};

/** The axe-core rules whose outcome depends on the colours: text contrast, and links told apart from text. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Opens a page in a fresh context of the given colour scheme and waits for it (and search, if any) to settle. */
async function open(
  colorScheme: 'light' | 'dark',
  address: string,
): Promise<{ context: BrowserContext; page: Awaited<ReturnType<BrowserContext['newPage']>> }> {
  const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${site.url}${address}`);
  if (address.startsWith('search/')) {
    await page.waitForFunction(() => (document.querySelector('.result-title a') ?? null) !== null);
  }
  return { context, page };
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe-core, ${scheme} theme`, () => {
    for (const [name, address] of Object.entries({ ...PAGES, ...BARE_PAGES })) {
      it(`finds no ${scheme === 'dark' ? 'contrast ' : ''}violation on ${name}`, async () => {
        const { context, page } = await open(scheme, address);
        // axe in the page itself (legacy mode): the default runs each frame apart and joins their results in a blank
        // page of its own, 1–2 s more per page here, for frames our pages do not have (which this checks).
        expect(page.frames()).toHaveLength(1);
        const axe = new AxeBuilder({ page }).setLegacyMode();
        // The dark theme changes colours only (the same page, other custom properties): in it, the rules that read
        // colours; every rule runs in the light theme.
        const results = await (
          scheme === 'dark'
            ? axe.withRules(COLOUR_RULES)
            : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        ).analyze();
        const found = results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact ?? ''}): ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 5)
              .join(' | ')}`,
        );
        expect(found).toEqual([]);
        if (scheme === 'dark') expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
        else expect(results.passes.length).toBeGreaterThan(10);
        await context.close();
      });
    }
  });
}

describe('small screens', () => {
  it('fits every page type in 320 px with no sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const address of Object.values({ ...PAGES, ...BARE_PAGES })) {
      await page.goto(`${site.url}${address}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${address}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await context.close();
  });
});

describe('structure and keyboard', () => {
  it('every page has one h1, a skip link to main, and banner, navigation, main and contentinfo landmarks', async () => {
    const { context, page } = await open('light', '');
    for (const address of Object.values(PAGES)) {
      await page.goto(`${site.url}${address}`);
      expect(await page.locator('h1').count(), address).toBe(1);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.getAttribute('href'), address).toBe('#main');
      for (const role of ['banner', 'main', 'contentinfo'] as const)
        expect(await page.getByRole(role).count(), `${address} ${role}`).toBe(1);
      expect(await page.getByRole('navigation').count(), address).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('switches the theme from the keyboard, says which is on, and remembers it on the next page', async () => {
    const { context, page } = await open('light', 'entries/kellogg-revises-deadline-to-100-days/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    await page.goto(`${site.url}threads/`);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    await context.close();
  });

  it('shows where the keyboard is: a visible outline on focused links and buttons', async () => {
    const { context, page } = await open('dark', '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: style.outlineWidth, style: style.outlineStyle };
    });
    expect(outline).toEqual({ width: '3px', style: 'solid' });
    await context.close();
  });

  it('reaches each lane side by side from the keyboard: its name, then its marks in time order', async () => {
    const { context, page } = await open('light', 'threads/side-by-side/');
    const expected = await page.$$eval('.lane-name a, .lane-mark', (links) =>
      links.map((a) => a.getAttribute('aria-label') ?? a.textContent),
    );
    expect(expected.length).toBeGreaterThan(3);
    await page.focus('main a[href="/threads/"]');
    const reached: (string | null)[] = [];
    for (const _ of expected) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null,
        ),
      );
    }
    expect(reached).toEqual(expected);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.hit')!).stroke);
    expect(ring).not.toBe('none');
    await context.close();
  });

  it('reaches every mark of the archive strip from the keyboard, in time order, with a visible focus', async () => {
    const { context, page } = await open('light', '');
    await expectTabOrder(page, '.lede', '.archive-strip a');
    await context.close();
  });

  it('reaches every mark of a storyline drawn to scale by keyboard, in time order, with a visible focus', async () => {
    const { context, page } = await open('dark', 'threads/trump-putin-contact/');
    await expectTabOrder(page, '.story-scale figcaption', '.story-scale .drawing a');
    await context.close();
  });
});

/**
 * Tab from the element `from` reaches every link of `marks`, in document (time) order, each named, and the focused
 * mark draws a visible ring.
 */
async function expectTabOrder(page: Page, from: string, marks: string): Promise<void> {
  const expected = await page.$$eval(marks, (links) => links.map((a) => a.getAttribute('aria-label')));
  expect(expected.length).toBeGreaterThan(1);
  await page.evaluate((selector) => document.querySelector(selector)?.setAttribute('tabindex', '-1'), from);
  await page.focus(from);
  const reached: (string | null)[] = [];
  for (const _ of expected) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null));
  }
  expect(reached).toEqual(expected);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.hit')!).stroke);
  expect(ring).not.toBe('none');
}
