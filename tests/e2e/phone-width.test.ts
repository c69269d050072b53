/**
 * On a phone (390 px) no page scrolls sideways: the sample site, and a site made from a real TimelineJS file, whose
 * long media addresses and unbroken words reach the search results too.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { runBuild } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { FIXTURES, tempDir } from '../helpers/trees.ts';

const PHONE = { width: 390, height: 844 };
let browser: Browser;
let page: Page;

/** The pages of a built site, and the ones of them (and of search for `query`) wider than the phone. */
async function widerThanPhone(outDir: string, query: string): Promise<{ pages: number; wide: string[] }> {
  const site: Served = await serve(outDir);
  try {
    const files = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'));
    const wide: string[] = [];
    const measure = async (route: string) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) wide.push(`${route}: ${width}px`);
    };
    for (const file of files) {
      await page.goto(`${site.url}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      await measure(file);
    }
    await page.goto(`${site.url}search/?q=${query}`, { waitUntil: 'load' });
    await page.locator('.result-title a').first().waitFor({ timeout: 10_000 });
    await measure(`search for ${query}`);
    return { pages: files.length, wide };
  } finally {
    await site.close();
  }
}

describe('at 390 px', () => {
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('no page of the sample site scrolls sideways', async () => {
    const { pages, wide } = await widerThanPhone(inject('sampleSite'), 'kellogg');
    expect(pages).toBeGreaterThan(30);
    expect(wide).toEqual([]);
  });

  it('no page of a site imported from TimelineJS scrolls sideways, search results included', async () => {
    const root = tempDir('timeline-phone');
    const content = path.join(root, 'content');
    expect(runScript('import', ['timelinejs', path.join(FIXTURES, 'timelinejs/houston.json')], content).status).toBe(0);
    const outDir = path.join(root, 'dist');
    const run = runBuild({ outDir, content });
    expect(run.status, run.output).toBe(0);
    const { wide } = await widerThanPhone(outDir, 'houston');
    expect(wide).toEqual([]);
  });
});
