/**
 * What a reader sees of a source whose original is gone, in Chromium: the archived copy as the link, the day of the
 * check in words, on a phone, accessible in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { runBuild } from '../helpers/build.ts';
import { contentTree, tempDir, writeFiles } from '../helpers/trees.ts';

const ARCHIVED = 'https://web.archive.org/web/20250203000000/https://example.org/b';
let browser: Browser;
let site: Served;

beforeAll(async () => {
  const { content } = contentTree();
  const second = path.join(content, 'entries/2025/2025-02-03-second.md');
  writeFiles(content, {
    'link-checks.json': JSON.stringify({
      'https://example.org/b': {
        status: 'dead',
        problem: '404 Not Found',
        firstFailed: '2026-03-01',
        failedDays: 2,
        lastChecked: '2026-03-12',
      },
    }),
    'entries/2025/2025-02-03-second.md': readFileSync(second, 'utf8').replace(
      '    url: https://example.org/b\n',
      `    url: https://example.org/b\n    archived: ${ARCHIVED}\n`,
    ),
  });
  const outDir = path.join(tempDir('sources-site'), 'dist');
  const run = runBuild({ outDir, content });
  expect(run.status, run.output).toBe(0);
  site = await serve(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a source whose original is gone', () => {
  it.each(['light', 'dark'] as const)('reads as such on a phone, and passes axe (%s)', async (colorScheme) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}entries/2025-02-03-second/`);
    const source = page.locator('#source-1');
    await expect
      .poll(() => source.innerText())
      .toMatch(/Example Gazette\s+https:\/\/example\.org\/b\s+\(original no longer available, checked 12 March 2026\)/);
    const link = page.getByRole('link', { name: 'https://example.org/b' });
    expect(await link.getAttribute('href')).toBe(ARCHIVED);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const results = await new AxeBuilder({ page })
      .include('.sources')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await context.close();
  });
});
