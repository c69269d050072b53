/** What a reader does, in a real Chromium with JavaScript off: browse, follow a claim's evolution, read on a phone. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { PROJECT } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';

const SHOTS = path.join(PROJECT, 'test-results');
let model: TimelineModel;
let site: Served;
let browser: Browser;
let reader: BrowserContext;
const requested: string[] = [];

beforeAll(async () => {
  model = await loadContent('content', PROJECT);
  // The sample site, built once for every file that reads it (tests/setup/sample-site.ts).
  site = await serve(await sharedSite('sampleSite'));
  browser = await launchChromium();
  reader = await browser.newContext({ javaScriptEnabled: false });
  reader.on('request', (request) => requested.push(request.url()));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const revision = () => {
  const found = model.entries.find((entry) => entry.relations.some((relation) => relation.type === 'revises'));
  if (!found) throw new Error('the sample has no entry that revises another');
  return { revision: found, revisedId: found.relations.find((relation) => relation.type === 'revises')?.entry ?? '' };
};

describe('reading without JavaScript', () => {
  it('goes from the timeline to an entry page', async () => {
    const page = await reader.newPage();
    await page.goto(site.url);
    await expect(page.locator('h1').textContent()).resolves.toBe(model.site.title);
    const latest = model.entries.at(-1)?.title ?? '';
    await page.getByRole('link', { name: latest, exact: true }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe(latest);
    await page.screenshot({ path: path.join(SHOTS, 'entry-desktop.png'), fullPage: true });
    await page.close();
  });

  it('follows a pledge to what revised it and back', async () => {
    const { revision: revisionEntry, revisedId } = revision();
    const revisedTitle = model.entries.find((entry) => entry.id === revisedId)?.title ?? '';
    const page = await reader.newPage();
    await page.goto(`${site.url}entries/${revisedId}/`);
    const revisedBy = page.locator('.relation-list.incoming li', { hasText: 'Revised by' });
    await revisedBy.getByRole('link', { name: revisionEntry.title }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe(revisionEntry.title);
    await page
      .locator('.relation-list.outgoing li', { hasText: 'Revises' })
      .getByRole('link', { name: revisedTitle })
      .click();
    expect(new URL(page.url()).pathname).toBe(`/entries/${revisedId}/`);
    await page.close();
  });

  it('shows a storyline in story order', async () => {
    const thread = model.threads.find((candidate) => candidate.entries.length > 1);
    const page = await reader.newPage();
    await page.goto(`${site.url}threads/${thread?.id}/`);
    const shown = await page
      .locator('.storyline-step')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-entry')));
    expect(shown).toEqual(thread?.entries);
    await page.close();
  });

  it('goes from the storylines index to them side by side, and follows a mark to its entry', async () => {
    const page = await reader.newPage();
    await page.goto(`${site.url}threads/`);
    await page.getByRole('link', { name: 'See the storylines side by side, on one time axis' }).click();
    const mark = page.locator('a.lane-mark').first();
    const name = (await mark.getAttribute('aria-label')) ?? '';
    await mark.click();
    await page.waitForURL(/\/entries\//);
    expect(name.startsWith(`${(await page.locator('h1').textContent()) ?? ''}, `), name).toBe(true);
    await page.close();
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const page = await reader.newPage();
    await page.goto(site.url);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#main');
    await page.close();
  });

  it('loads no script at all', async () => {
    // Its own visits, so it holds when run alone; the requests of the tests before it are checked as well.
    const page = await reader.newPage();
    for (const route of ['', `entries/${revision().revisedId}/`, `threads/${model.threads[0]?.id}/`])
      await page.goto(`${site.url}${route}`);
    await page.close();
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => /\.m?js(\?|$)|\/pagefind\//.test(url))).toEqual([]);
  });
});

describe('on a phone', () => {
  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await phone.newPage();
    for (const route of [
      '',
      `entries/${revision().revision.id}/`,
      'pledges/',
      `threads/${model.threads[0]?.id}/`,
      'search/',
    ]) {
      await page.goto(`${site.url}${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
    await page.goto(`${site.url}entries/${revision().revision.id}/`);
    await page.screenshot({ path: path.join(SHOTS, 'entry-phone.png'), fullPage: true });
    await phone.close();
  });
});
