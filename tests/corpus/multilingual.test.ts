/** Valid text in any script builds, reads in its own direction, and is found by search (in Chromium). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { page, runBuild } from '../helpers/build.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { contentTree, tempDir, writeFiles } from '../helpers/trees.ts';
import { CASES, MULTILINGUAL } from './cases.ts';

let outDir: string;
let site: Served;
let browser: Browser;
/** The Ukrainian site, once built. */
let ukSite: string;

beforeAll(async () => {
  const { content } = contentTree();
  writeFiles(content, CASES['non-Latin scripts in every text field']?.files ?? {});
  outDir = path.join(tempDir('timeline-scripts'), 'dist');
  const run = runBuild({ outDir, content });
  expect(run.status, run.output).toBe(0);
  site = await serve(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('text in Ukrainian, Arabic, Chinese and emoji', () => {
  it('is printed as written on the entry page, each field in its own direction', () => {
    const html = page(outDir, 'entries/2025-03-01-x');
    expect(html.querySelector('h1')?.text).toBe(MULTILINGUAL.uk);
    expect(html.querySelector('h1')?.getAttribute('dir')).toBe('auto');
    expect(html.querySelector('.entry-summary')?.text).toBe(`${MULTILINGUAL.ar} ${MULTILINGUAL.emoji}`);
    expect(html.querySelector('.entry-summary')?.getAttribute('dir')).toBe('auto');
    expect(html.querySelector('.entry-body p')?.getAttribute('dir')).toBe('auto');
    expect(html.querySelector('.entry-body')?.text).toContain(MULTILINGUAL.zh);
    expect(html.querySelector('.sources')?.text).toContain(MULTILINGUAL.ar);
    expect(html.querySelector('.tags')?.text).toContain('Олена Коваленко');
  });

  it('lays out Arabic right to left in the browser', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${site.url}entries/2025-03-01-x/`);
    expect(await tab.locator('.entry-summary').evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    expect(await tab.locator('h1').evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    await tab.close();
  });

  const searches: [string, string][] = [
    ['a Ukrainian word from the title', 'Києві'],
    ['an Arabic word from the summary', 'الرياض'],
    ['the start of a Chinese phrase from the body', '北京'],
    ["a person's name in Cyrillic", 'Коваленко'],
  ];
  for (const [what, query] of searches) {
    it(`is found by ${what}`, async () => {
      const tab = await browser.newPage();
      await tab.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await tab.waitForFunction(() => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        return text !== '' && !text.endsWith('…');
      });
      expect(await tab.locator('.result-title a').allTextContents()).toContain(MULTILINGUAL.uk);
      await tab.close();
    });
  }
});

describe('a site whose own language is Ukrainian', () => {
  it('speaks Ukrainian throughout: language, menus, dates, counts', () => {
    const { content } = contentTree();
    writeFileSync(
      path.join(content, 'site.yaml'),
      'title: Хронологія\ndescription: Джерела до кожного кроку.\nlanguage: uk\n',
    );
    const ukDir = path.join(tempDir('timeline-uk'), 'dist');
    const run = runBuild({ outDir: ukDir, content });
    expect(run.status, run.output).toBe(0);
    const home = page(ukDir, '');
    expect(home.querySelector('html')?.getAttribute('lang')).toBe('uk');
    expect(home.querySelector('nav a[aria-current="page"]')?.text).toBe('Хронологія');
    expect(home.querySelector('.skip-link')?.text).toBe('Перейти до змісту');
    expect(home.querySelector('.period-heading')?.text).toBe('січень 2025 р.');
    const entry = page(ukDir, 'entries/2025-02-03-second');
    expect(entry.querySelector('.entry-date')?.text.trim()).toBe('3 лютого 2025 р.');
    expect(entry.querySelector('#sources-heading')?.text).toBe('Джерела');
    expect(entry.querySelector('.entry-body .citation')?.getAttribute('aria-label')).toBe('Джерело 1');
    ukSite = ukDir;
  });

  it('gives editors the editing interface in Ukrainian too', async () => {
    const served = await serve(ukSite);
    const tab = await browser.newPage();
    try {
      await tab.goto(`${served.url}admin/`);
      // The login screen is the CMS's first: its button is in the site's language.
      await tab.getByRole('button', { name: 'Увійти' }).waitFor({ timeout: 60_000 });
      expect(await tab.getByRole('button', { name: 'Login' }).count()).toBe(0);
    } finally {
      await tab.close();
      await served.close();
    }
  });
});
