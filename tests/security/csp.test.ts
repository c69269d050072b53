/**
 * The Content-Security-Policy Astro writes into every page (astro.config.mjs `security.csp`) holds for everything
 * the site does: each page type, with JavaScript on, and a search that loads Pagefind's WebAssembly and shows
 * results. Any violation (reported to the page or to the console) fails the test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type TimelineModel } from '../../src/core/index.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { PROJECT } from '../helpers/trees.ts';
import { sharedSite } from '../helpers/shared-site.ts';

let model: TimelineModel;
let site: Served;
let browser: Browser;
// The sample site, built once for every file that reads it (tests/setup/sample-site.ts).
const outDir = await sharedSite('sampleSite');

beforeAll(async () => {
  model = await loadContent('content', PROJECT);
  site = await serve(outDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page with violation reporting in place; returns what was refused. */
async function violationsOn(route: string, then?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  await page.goto(`${site.url}${route}`, { waitUntil: 'load' });
  await then?.(page);
  await page.waitForTimeout(200);
  const reported = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  await context.close();
  return [...reported, ...console].map((text) => `${route}: ${text}`);
}

describe('Content-Security-Policy', () => {
  it('is in every page, strict: no unsafe-inline or unsafe-eval for scripts', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/default-src 'self'/);
  });

  it('is never violated by any page type', async () => {
    const entry = model.entries[0]?.id ?? '';
    const year = model.years[0]?.year ?? '';
    const routes = [
      '',
      `entries/${entry}/`,
      `threads/${model.threads[0]?.id}/`,
      'threads/',
      `people/${model.people[0]?.id}/`,
      'people/',
      `topics/${model.topics[0]?.id}/`,
      'topics/',
      `years/${year}/`,
      'pledges/',
      `embed/threads/${model.threads[0]?.id}/`,
      'no-such-page/',
    ];
    const violations: string[] = [];
    for (const route of routes) violations.push(...(await violationsOn(route)));
    expect(violations).toEqual([]);
  });

  it('is never violated by a search, its WebAssembly and its results', async () => {
    const violations = await violationsOn('search/?q=kellogg', async (page) => {
      await page.locator('.result-title a').first().waitFor({ timeout: 15_000 });
      await page.locator('[data-search-input]').fill('putin');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'putin');
      await page.locator('.result-title a').first().waitFor();
    });
    expect(violations).toEqual([]);
  });

  it('is looser on the editing interface alone, only as the CMS needs, and the CMS runs under it', async () => {
    const policyOf = (file: string) =>
      /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
        readFileSync(path.join(outDir, file), 'utf8'),
      )?.[1] ?? '';
    const admin = policyOf('admin/index.html');
    expect(/script-src ([^;]+)/.exec(admin)?.[1]).toContain("'unsafe-eval'");
    expect(/script-src ([^;]+)/.exec(admin)?.[1]).not.toMatch(/'unsafe-inline'|\*|https?:/);
    expect(admin).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(admin).toMatch(/connect-src 'self'/);
    expect(admin).toMatch(/default-src 'self'/);
    for (const file of ['index.html', 'search/index.html', '404.html'])
      expect(policyOf(file)).not.toMatch(/'unsafe-(eval|inline)'/);
    const violations = await violationsOn('admin/', async (page) => {
      await page.getByRole('button', { name: 'Login' }).waitFor({ timeout: 60_000 });
    });
    expect(violations).toEqual([]);
  });
});
