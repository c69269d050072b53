/**
 * `npm run screenshots -- [--out screenshots] [--dist dist] [--build]`: screenshots of each kind of page on a
 * built site, in headless Chromium, for design review: home, a year, an entry, a thread, a person, the pledge
 * tracker, search with results and the 404 page, each on a phone (390×844, first screen) and a desktop (1280×900,
 * full page), in light and dark. Files are named `<page>-<phone|desktop>-<light|dark>.png`.
 * `--dist DIR` is the built site (built first if it is missing,
 * or always with `--build`); `--out DIR` receives the PNGs.
 * Exits 1 if a page fails to load.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { errorMessage } from '../../src/core/errors.ts';
import { commandOptions } from '../lib/command-options.ts';
import { launchChromium } from '../lib/browser.ts';
import { serve } from '../lib/serve.ts';

const options = commandOptions(
  {
    out: { type: 'string', default: 'screenshots' },
    dist: { type: 'string', default: 'dist' },
    build: { type: 'boolean', default: false },
  },
  'usage: npm run screenshots [-- --out DIR] [--dist DIR] [--build]',
);
const dist = path.resolve(options.dist);
const out = path.resolve(options.out);
/** A path as the user would type it: relative when it is under the current folder. */
const shown = (file: string) =>
  file.startsWith(`${process.cwd()}${path.sep}`) ? path.relative(process.cwd(), file) : file;

if (options.build || !existsSync(dist)) {
  // A child process, so Astro's build runs exactly as `npm run build` does and its output streams as it goes.
  const code = await new Promise<number>((resolve) => {
    spawn(process.execPath, [path.join(import.meta.dirname, '../build.ts'), '--outDir', dist], {
      cwd: path.join(import.meta.dirname, '../..'),
      stdio: 'inherit',
    })
      .on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
      .on('error', () => resolve(1));
  });
  if (code !== 0) process.exit(code);
}

/** The first folder (by name) under `dist/<section>/` that is a page, so ids come from the build, not from here. */
function firstPage(section: string, preferred?: string): string | undefined {
  const folder = path.join(dist, section);
  const isPage = (name: string) => existsSync(path.join(folder, name, 'index.html'));
  if (preferred && isPage(preferred)) return `${section}/${preferred}/`;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return undefined;
  const name = readdirSync(folder).sort().find(isPage);
  return name === undefined ? undefined : `${section}/${name}/`;
}

const candidates: [string, string | undefined][] = [
  ['home', ''],
  ['year', firstPage('years')],
  ['entry', firstPage('entries', 'kellogg-revises-deadline-to-100-days')],
  ['thread', firstPage('threads')],
  ['side-by-side', 'threads/side-by-side/'],
  ['person', firstPage('people')],
  ['pledges', 'pledges/'],
  ['search', 'search/?q=Kellogg'],
  ['404', '404.html'],
];
const failures: string[] = [];
const pages: [string, string][] = [];
for (const [name, url] of candidates) {
  if (url === undefined) failures.push(`${name}: no such page in ${dist}`);
  else pages.push([name, url]);
}

const devices: [string, BrowserContextOptions, boolean][] = [
  ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, false],
  ['desktop', { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }, true],
];
const schemes = ['light', 'dark'] as const;

/** Opens one page and waits until it looks finished; returns why it failed, if it did. */
async function open(page: Page, name: string, url: string): Promise<string | undefined> {
  const response = await page.goto(url, { waitUntil: 'load' });
  const status = response?.status() ?? 0;
  // The 404 page is fetched by its own file name, so it is a failure unless it answers 200.
  if (name === '404' ? status !== 200 : status === 0 || status >= 400) return `HTTP ${status}`;
  if (name === 'search') {
    // The status line says "Searching…" while Pagefind works and the result count once it is done.
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent?.trim() ?? '';
      return text !== '' && !text.endsWith('…');
    });
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return undefined;
}

await mkdir(out, { recursive: true });
const site = await serve(dist);
const browser = await launchChromium();
let written = 0;
try {
  for (const [device, contextOptions, fullPage] of devices) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({ ...contextOptions, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const [name, url] of pages) {
        const label = `${name}-${device}-${colorScheme}`;
        try {
          const problem = await open(page, name, `${site.url}${url}`);
          if (problem) {
            failures.push(`${label}: /${url} ${problem}`);
            continue;
          }
          const file = path.join(out, `${label}.png`);
          await page.screenshot({ path: file, fullPage, animations: 'disabled' });
          written++;
          console.log(`${shown(file)} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
        } catch (error) {
          failures.push(`${label}: /${url} ${errorMessage(error).split('\n')[0]}`);
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(`\n${written} screenshots written to ${shown(out)}/`);
if (failures.length) {
  console.error(`${failures.length} failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
