/**
 * Search as a reader uses it, in Chromium against the built
 * site: words, aliases, filters, order, URL, keyboard, sub-path.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { PHONE } from '../helpers/phone.ts';
import { PROJECT } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';

let model: TimelineModel;
let browser: Browser;
let site: Served;
let underPath: Served;

beforeAll(async () => {
  model = await loadContent('content', PROJECT);
  // The sample site, built at the root and under /timeline/ once
  // for every file that reads it (tests/setup/sample-site.ts).
  site = await serve(await sharedSite('sampleSite'));
  underPath = await serve(await sharedSite('sampleSiteUnderPath'), '/timeline/');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await underPath?.close();
});

const titleOf = (id: string) => model.entries.find((entry) => entry.id === id)?.title ?? id;
const idsWhere = (test: (entry: TimelineModel['entries'][number]) => boolean) =>
  model.entries.filter(test).map((entry) => entry.id);

/** Opens the search page (optionally with a query string) and waits for Pagefind to answer. */
async function openSearch(base: Served, query = ''): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${base.url}search/${query}`);
  await settled(page);
  return page;
}

/** Waits until the status line has a final answer (not empty, not "Searching…"). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
}

async function typeQuery(page: Page, words: string): Promise<void> {
  await page.locator('[data-search-input]').fill(words);
  await page.waitForFunction((expected) => new URL(location.href).searchParams.get('q') === expected, words);
  await settled(page);
}

const resultTitles = (page: Page) => page.locator('.result-title a').allTextContents();

/**
 * Scrolls down the results until the whole first page of them is listed (a first screen is listed at once, the rest
 * as the reader comes near them), and gives their titles.
 */
async function everyTitle(page: Page): Promise<string[]> {
  const found = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0] ?? 0);
  const listed = Math.min(found, 30);
  await expect
    .poll(async () => {
      await page.locator('.result').last().scrollIntoViewIfNeeded();
      return page.locator('.result').count();
    })
    .toBe(listed);
  return resultTitles(page);
}

describe('finding entries', () => {
  it('finds the 100-day revision by "Kellogg"', async () => {
    const page = await openSearch(site);
    await typeQuery(page, 'Kellogg');
    expect(await resultTitles(page)).toContain(titleOf('kellogg-revises-deadline-to-100-days'));
    await page.close();
  });

  it('finds the pledge by "24 hours"', async () => {
    const page = await openSearch(site);
    await typeQuery(page, '24 hours');
    expect(await resultTitles(page)).toContain(titleOf('campaign-pledge-end-war-in-24-hours'));
    await page.close();
  });

  it('finds the leaked pitch and its rejection by "peacekeepers"', async () => {
    const page = await openSearch(site);
    await typeQuery(page, 'peacekeepers');
    const titles = await resultTitles(page);
    expect(titles).toContain(titleOf('leaked-peace-pitch'));
    expect(titles).toContain(titleOf('russia-rejects-leaked-peace-pitch'));
    await page.close();
  });

  it('prints the words of a summary once, marked, when the match is in it', async () => {
    const page = await openSearch(site);
    // "postponing" is in the summary and not in the title, which the page's text (and so the excerpt) also holds.
    await typeQuery(page, 'postponing');
    const result = page.locator('.result', { hasText: titleOf('leaked-peace-pitch') });
    await expect.poll(() => result.locator('.result-excerpt mark').allTextContents()).toEqual(['postponing']);
    const texts = await result.locator('.result-summary, .result-excerpt').allTextContents();
    expect(texts.join(' ').match(/postponing/gi) ?? []).toHaveLength(1);
    await page.close();
  });

  it("finds a person's entries by an alias", async () => {
    const page = await openSearch(site);
    await typeQuery(page, 'special envoy');
    const titles = await resultTitles(page);
    for (const id of idsWhere((entry) => entry.people.includes('keith-kellogg'))) expect(titles).toContain(titleOf(id));
    await page.close();
  });

  it('answers the last words typed, key by key, and nothing that was typed before them', async () => {
    const page = await openSearch(site);
    await page.locator('[data-search-input]').pressSequentially('peacekeepers');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'peacekeepers');
    await settled(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/peacekeepers/);
    const typed = (await resultTitles(page)).sort();
    const direct = await openSearch(site, '?q=peacekeepers');
    expect(typed).toEqual((await resultTitles(direct)).sort());
    await direct.close();
    await page.close();
  });

  it('shows a helpful message when nothing matches', async () => {
    const page = await openSearch(site);
    await typeQuery(page, 'zzyzx');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(
      /No entry matches “zzyzx”\. Try fewer/,
    );
    await page.close();
  });
});

describe('narrowing and ordering', () => {
  it('narrows to a storyline with counts that match its entries', async () => {
    const thread = model.threads.find((item) => item.id === 'peace-plan');
    const page = await openSearch(site);
    const box = page.getByRole('checkbox', { name: new RegExp(`^${thread?.title}`) });
    await expect(box.locator('xpath=..').locator('.count').textContent()).resolves.toBe(`(${thread?.entries.length})`);
    await box.check();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('thread'));
    await settled(page);
    expect((await everyTitle(page)).sort()).toEqual(thread?.entries.map(titleOf).sort());
    await page.close();
  });

  it("counts each facet's values among the results of a query", async () => {
    const page = await openSearch(site);
    await typeQuery(page, 'peacekeepers');
    // The counts come from a second copy of Pagefind once the results are listed; the facets are busy until then.
    await page.locator('[data-search-facets]:not([aria-busy])').waitFor();
    const listed = await resultTitles(page);
    const found = model.entries.filter((entry) => listed.includes(entry.title));
    expect(
      found.some((entry) => entry.threads.length > 0),
      'a result in a storyline',
    ).toBe(true);
    for (const thread of model.threads) {
      const count = page
        .getByRole('checkbox', { name: new RegExp(`^${thread.title}`) })
        .locator('xpath=..')
        .locator('.count');
      const among = found.filter((entry) => entry.threads.includes(thread.id)).length;
      await expect(count.textContent(), thread.title).resolves.toBe(`(${among})`);
    }
    await page.close();
  });

  it('orders results by date, oldest or newest first', async () => {
    const page = await openSearch(site, '?q=trump&sort=oldest');
    const oldest = await everyTitle(page);
    const storyOrder = model.entries.map((entry) => entry.title).filter((title) => oldest.includes(title));
    expect(oldest).toEqual(storyOrder);
    await page.selectOption('[data-search-sort]', 'newest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'newest');
    await page.waitForFunction(
      (first) => document.querySelector('.result-title a')?.textContent === first,
      storyOrder.at(-1),
    );
    await settled(page);
    expect(await everyTitle(page)).toEqual([...storyOrder].reverse());
    await page.close();
  });

  it('restores a shared search from the URL', async () => {
    const page = await openSearch(site, '?q=kellogg');
    await expect(page.locator('[data-search-input]').inputValue()).resolves.toBe('kellogg');
    expect(await resultTitles(page)).toContain(titleOf('kellogg-revises-deadline-to-100-days'));
    await page.close();
  });
});

describe('on a phone', () => {
  it('fetches the results below the first screen only when the reader scrolls near them', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const fragments = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.add(request.url());
    });
    await page.goto(`${site.url}search/?q=trump`);
    await settled(page);
    const found = Number(/\d+/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[0]);
    expect(found, 'the sample has more results for "trump" than a first screen').toBeGreaterThan(6);
    await expect(page.locator('.result').count()).resolves.toBe(6);
    expect(fragments.size).toBe(6);
    await page.locator('.result').last().scrollIntoViewIfNeeded();
    await page.waitForFunction((count) => document.querySelectorAll('.result').length === count, Math.min(found, 30));
    expect(fragments.size).toBe(Math.min(found, 30));
    await page.close();
  });
});

describe('keyboard', () => {
  it('"/" focuses the header search on any page, and Enter opens the results', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}threads/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('header-search-field');
    await page.keyboard.type('peacekeepers');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=peacekeepers/);
    await page.locator('.result').first().waitFor();
    await page.close();
  });

  it('reaches the results from the field with the arrow keys', async () => {
    const page = await openSearch(site, '?q=kellogg');
    await page.locator('[data-search-input]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('.result-title') !== null);
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/entries\//);
    await page.close();
  });
});

describe('loading', () => {
  it('loads no Pagefind file on pages where nobody searches', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const route of ['', `entries/${model.entries[0]?.id}/`, 'threads/', 'pledges/'])
      await page.goto(`${site.url}${route}`);
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('works under a sub-path', async () => {
    const page = await openSearch(underPath, '?q=kellogg');
    const href = await page.locator('.result-title a').first().getAttribute('href');
    expect(href).toMatch(/^\/timeline\/entries\//);
    await page.locator('.result-title a').first().click();
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(new URL(page.url()).pathname).toMatch(/^\/timeline\/entries\//);
    await page.close();
  });

  it('explains itself without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/`);
    await expect(page.getByText('Searching needs JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Storylines' }).count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe('in another language', () => {
  const translation = () => model.translations.find((item) => item.language === 'uk');

  it('searches each language in its own index: the Ukrainian page in Ukrainian, never in English', async () => {
    const translated = translation();
    expect(translated, 'the sample has a Ukrainian entry').toBeDefined();
    const ukrainian = await openSearch(site, '');
    await ukrainian.goto(`${site.url}uk/search/?q=${encodeURIComponent('Келлог')}`);
    await settled(ukrainian);
    expect(await ukrainian.locator('html').getAttribute('lang')).toBe('uk');
    expect(await resultTitles(ukrainian)).toEqual([translated?.title]);
    expect(await ukrainian.locator('[data-search-status]').textContent()).toMatch(/знайдено 1 запис/);
    await ukrainian.close();
    const english = await openSearch(site, `?q=${encodeURIComponent('Келлог')}`);
    expect(await resultTitles(english)).toEqual([]);
    await typeQuery(english, 'Kellogg');
    expect(await resultTitles(english)).not.toContain(translated?.title);
    expect(await resultTitles(english)).toContain(titleOf('kellogg-revises-deadline-to-100-days'));
    await english.close();
  });

  it('switches between an entry and its translation, and each says which it is', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}entries/kellogg-revises-deadline-to-100-days/`);
    const switcher = page.getByRole('navigation', { name: 'Languages' });
    await expect(switcher.getByRole('link', { name: 'English' }).getAttribute('aria-current')).resolves.toBe('page');
    await switcher.getByRole('link', { name: 'Українська' }).click();
    await page.waitForURL(/\/uk\/entries\/kellogg-revises-deadline-to-100-days\/$/);
    expect(await page.locator('h1').textContent()).toBe(translation()?.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    // Its link to another entry goes to that entry's page, which exists only in English.
    await page.locator('.entry-body a.entry-link').click();
    await page.waitForURL(/\/entries\/campaign-pledge-end-war-in-24-hours\/$/);
    await page.close();
  });
});
