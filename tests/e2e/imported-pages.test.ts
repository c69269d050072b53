/**
 * Sites as an import leaves them, read as a newcomer would: the cosmology template (deep time, no `url` in
 * site.yaml), an empty timeline with a storyline not yet used, and thirty years of one entry each. Each is built
 * once, then its pages are read as HTML and in Chromium on a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { page as builtPage, runBuildAsync } from '../helpers/build.ts';
import { runScript } from '../helpers/cli.ts';
import { PHONE, widerThanPhone } from '../helpers/phone.ts';
import { FIXTURES, tempDir, writeFiles } from '../helpers/trees.ts';

const SITE = (title: string) => `title: ${title}\ndescription: A test.\nlanguage: en\n`;
const STORY = '- id: the-story\n  title: The story\n';
/** A YAML entry known to `date`, in the storyline. */
const entry = (id: string, date: string) =>
  `- id: ${id}\n  title: Event ${id}\n  summary: Something happened.\n  date: '${date}'\n  kind: event\n` +
  `  threads: [the-story]\n  sources:\n    - note: A test.\n`;

/** Builds a content tree once, into a folder of its own (several trees side by side). */
async function built(content: string): Promise<string> {
  const outDir = path.join(path.dirname(content), 'dist');
  const run = await runBuildAsync({ outDir, content });
  expect(run.status, run.output).toBe(0);
  return outDir;
}

let cosmo: string;
let empty: string;
let years: string;
let browser: Browser;
let phone: Page;

beforeAll(async () => {
  const cosmoContent = path.join(tempDir('cosmo'), 'content');
  const imported = runScript('import', ['timelinejs', path.join(FIXTURES, 'timelinejs/cosmo.json')], cosmoContent);
  expect(imported.status, imported.stderr).toBe(0);
  const cosmoBuilt = built(cosmoContent);
  const emptyContent = path.join(tempDir('empty'), 'content');
  writeFiles(emptyContent, { 'site.yaml': SITE('Nothing yet'), 'threads.yaml': STORY, 'entries/.keep': '' });
  const emptyBuilt = built(emptyContent);
  const yearsContent = path.join(tempDir('years'), 'content');
  const yearly = Array.from({ length: 31 }, (_, index) => entry(`y${1990 + index}`, String(1990 + index)));
  writeFiles(yearsContent, {
    'site.yaml': SITE('Thirty years'),
    'threads.yaml': STORY,
    'entries/all.yaml': [...yearly, entry('march-a', '2021-03'), entry('march-b', '2021-03')].join(''),
  });
  [cosmo, empty, years] = await Promise.all([cosmoBuilt, emptyBuilt, built(yearsContent)]);
  browser = await launchChromium();
  // A context of its own, as axe-core needs to inspect the page.
  phone = await (await browser.newContext({ viewport: PHONE })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

const texts = (outDir: string, route: string, selector: string) =>
  builtPage(outDir, route)
    .querySelectorAll(selector)
    .map((element) => element.text.replace(/\s+/g, ' ').trim());
const htmlFiles = (outDir: string) =>
  readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));

describe('a site imported from the cosmology template', () => {
  it('never names two different years alike in the year navigation or the list headings', () => {
    const nav = texts(cosmo, '', '.year-nav a');
    expect(new Set(nav).size).toBe(nav.length);
    expect(nav.slice(0, 2)).toEqual(['13.8 billion years ago', '13.7996 billion years ago']);
    const headings = texts(cosmo, '', '.period-heading');
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('makes no claim in its footer that its entries are sourced, while they rest on the import note alone', () => {
    expect(texts(cosmo, '', '.site-footer')).toEqual(['Corrections are logged on the entry they change.']);
  });

  it('never dates two entries of different years alike, on their cards or their own pages', () => {
    const cards = texts(cosmo, '', '.card-date');
    expect(cards.slice(0, 2)).toEqual(['13.8 billion years ago', '13.7996 billion years ago']);
    expect(texts(cosmo, 'entries/13800000000-bc-the-big-bang', '.entry-date')).toEqual(['13.8 billion years ago']);
  });

  it('titles a deep-time year "from", and heads no deep-time entry "(month not known)"', () => {
    expect(texts(cosmo, 'years/13800000000-bc', 'h1')).toEqual(['Everything from 13.8 billion years ago']);
    for (const file of htmlFiles(cosmo).filter((name) => name.startsWith('years/'))) {
      expect(readFileSync(path.join(cosmo, file), 'utf8'), file).not.toContain('month not known');
    }
  });

  it('draws the one year after deep time as a normal bar, not a block', () => {
    const widths = builtPage(cosmo, '')
      .querySelectorAll('.archive-strip .bar')
      .map((bar) => Number(bar.getAttribute('width')));
    expect(Math.max(...widths)).toBeLessThanOrEqual(1000 / 12);
  });

  it('prints no made-up localhost address without a url in site.yaml, and completes it where it is read', async () => {
    for (const file of htmlFiles(cosmo)) {
      expect(readFileSync(path.join(cosmo, file), 'utf8'), file).not.toContain('localhost');
    }
    const site = await serve(cosmo);
    try {
      await phone.goto(`${site.url}entries/13800000000-bc-the-big-bang/`, { waitUntil: 'load' });
      const permalink = await phone.locator('.citation-text a').textContent();
      expect(permalink).toBe(`${site.url}entries/13800000000-bc-the-big-bang/`);
      await phone.goto(`${site.url}threads/cosmological-scale-timeline/`, { waitUntil: 'load' });
      expect(await phone.locator('#embed-snippet').inputValue()).toContain(
        `src="${site.url}embed/threads/cosmological-scale-timeline/"`,
      );
    } finally {
      await site.close();
    }
  });

  it('has no page that scrolls sideways at 390 px', async () => {
    const { pages, wide } = await widerThanPhone(phone, cosmo, 'bang');
    expect(pages).toBeGreaterThan(10);
    expect(wide).toEqual([]);
  });
});

describe('an empty timeline', () => {
  it('shows no heading over nothing on its home page, and says it is empty', () => {
    const home = builtPage(empty, '');
    expect(home.querySelector('.year-nav')).toBeNull();
    expect(home.querySelectorAll('main h2')).toHaveLength(0);
    expect(home.querySelector('.empty-note')?.text).toBe('Nothing is published in this timeline yet.');
  });

  it('gives a storyline with no entry a clear message and no embed code', () => {
    const story = builtPage(empty, 'threads/the-story');
    expect(story.querySelector('.empty-note')?.text).toBe('No entry is in this storyline yet.');
    expect(story.querySelector('#embed-snippet')).toBeNull();
    expect(existsSync(path.join(empty, 'embed/threads/the-story/index.html'))).toBe(false);
  });

  it('says so on its search page, with no search form or filters heading over nothing', () => {
    const search = builtPage(empty, 'search');
    expect(search.querySelector('.empty-note')?.text).toBe('Nothing is published in this timeline yet.');
    expect(search.querySelector('#facets-heading')).toBeNull();
    expect(search.querySelector('[data-search-form]')).toBeNull();
  });
});

describe('thirty years of one entry each', () => {
  it('keeps the year navigation to a row on a phone, with the neighbouring years, entries first', async () => {
    const site = await serve(years);
    try {
      await phone.goto(`${site.url}years/2005/`, { waitUntil: 'load' });
      const nav = await phone.locator('.year-nav').boundingBox();
      expect(nav!.height).toBeLessThan(160);
      const card = await phone.locator('.entries li').first().boundingBox();
      expect(card!.y).toBeLessThan(PHONE.height / 2);
      expect(await phone.locator('.year-steps a[rel="prev"]').textContent()).toBe('← 2004');
      expect(await phone.locator('.year-steps a[rel="next"]').textContent()).toBe('2006 →');
    } finally {
      await site.close();
    }
  });

  it('heads a year of year-only entries with no "(month not known)"', () => {
    expect(texts(years, 'years/2005', '.period-heading')).toEqual([]);
  });

  it('draws a year whose entries are all in one month as one month-wide bar', () => {
    const bars = builtPage(years, 'years/2021').querySelectorAll('.archive-strip .bar');
    expect(bars).toHaveLength(1);
    expect(Number(bars[0]!.getAttribute('width'))).toBeLessThanOrEqual(1000 / 12);
  });
});

describe('the pages these sites add', () => {
  it('have no accessibility violation on a phone (axe-core, WCAG 2.2 A and AA, best practices)', async () => {
    const found: string[] = [];
    for (const [outDir, routes] of [
      [cosmo, ['', 'years/13800000000-bc/', 'threads/cosmological-scale-timeline/']],
      [empty, ['', 'threads/the-story/']],
      [years, ['years/2005/', 'years/2021/']],
    ] as const) {
      const site = await serve(outDir);
      try {
        for (const route of routes) {
          await phone.goto(`${site.url}${route}`, { waitUntil: 'load' });
          const results = await new AxeBuilder({ page: phone })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          found.push(...results.violations.map((violation) => `${route}: ${violation.id}`));
        }
      } finally {
        await site.close();
      }
    }
    expect(found).toEqual([]);
  });
});
