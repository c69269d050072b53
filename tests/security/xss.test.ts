/**
 * No content can run script in a reader's browser. Every text field of entries and records, and raw HTML in bodies,
 * is filled with injection vectors (the script-bearing strings of the Big List of Naughty Strings, and OWASP
 * filter-evasion examples); the built site is checked file by file, then every page is opened in Chromium, where
 * any dialog, any call of the functions the vectors call, or any navigation to javascript: fails the test.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { recordDialogs, watchedPage } from '../helpers/script-watch.ts';
import { contentTree } from '../helpers/trees.ts';
import { unsafe, VECTORS } from './vectors.ts';

let site: Served;
let browser: Browser;
let outDir: string;
const files: string[] = [];
/** How many pages are open at once. */
const TABS = 4;

beforeAll(async () => {
  const { root, content } = contentTree();
  outDir = path.join(root, 'dist');
  const person = VECTORS.slice(0, 8).map((vector, index) => ({
    id: `person-${index}`,
    name: `Person ${index} ${vector}`,
    role: vector,
    description: vector,
    aliases: [vector],
  }));
  writeFileSync(path.join(content, 'people.yaml'), stringify([{ id: 'jane-doe', name: 'Jane Doe' }, ...person]));
  writeFileSync(
    path.join(content, 'threads.yaml'),
    stringify([
      { id: 'the-story', title: 'The story' },
      { id: 'xss', title: `Thread ${VECTORS[0]}`, summary: VECTORS[1] },
    ]),
  );
  writeFileSync(
    path.join(content, 'topics.yaml'),
    stringify([{ id: 'xss', name: `Topic ${VECTORS[2]}`, summary: VECTORS[3] }]),
  );
  writeFileSync(
    path.join(content, 'site.yaml'),
    stringify({ title: `Timeline ${VECTORS.at(-2)}`, description: VECTORS.at(-3), language: 'en-GB' }),
  );
  mkdirSync(path.join(content, 'entries/xss'), { recursive: true });
  VECTORS.forEach((vector, index) => {
    const frontmatter = {
      title: `Vector ${index} ${vector}`,
      summary: vector,
      date: '2024-05-01',
      dateLabel: vector,
      kind: 'statement',
      people: [`person-${index % 8}`],
      threads: ['xss'],
      topics: ['xss'],
      sources: [{ outlet: vector, title: vector, url: 'https://example.org/a', quote: vector, note: vector }],
      relations: index > 0 ? [{ type: 'responds-to', entry: `vector-${index - 1}`, note: vector }] : [],
      updates: [{ date: '2024-05-02', kind: 'correction', note: vector }],
      media: { url: 'https://example.org/image.jpg', caption: vector, credit: vector, alt: vector },
    };
    writeFileSync(
      path.join(content, `entries/xss/vector-${index}.md`),
      `---\n${stringify(frontmatter)}---\n${vector}\n\nSaid [@1]: ${vector}\n\n<div>${vector}</div>\n`,
    );
  });
  const run = runBuild({ outDir, content });
  expect(run.status, run.output).toBe(0);
  for (const file of readdirSync(outDir, { recursive: true }).map(String)) if (file.endsWith('.html')) files.push(file);
  site = await serve(outDir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('injection vectors in every field', () => {
  it(
    `build into pages with only the site's own scripts, ` +
      `no handlers and no script URLs (${VECTORS.length} vectors)`,
    () => {
      expect(files.length).toBeGreaterThan(VECTORS.length);
      const problems: string[] = [];
      for (const file of files) {
        const document = parse(readFileSync(path.join(outDir, file), 'utf8'));
        for (const element of document.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          if (tag === 'script') {
            const type = element.getAttribute('type');
            const src = element.getAttribute('src') ?? '';
            const ours =
              type === 'application/ld+json' ||
              (type === 'module' && /^\/(_astro|pagefind)\//.test(src)) ||
              // The editing interface's own bundle (src/integrations/cms-bundle.ts), on its own page only.
              (type === 'module' && file === 'admin/index.html' && /^\/admin\/cms-[0-9a-f]{12}\.js$/.test(src)) ||
              (type === undefined && src === '/theme.js' && element.text === '');
            if (!ours) problems.push(`${file}: <script ${element.rawAttrs}>`);
          }
          if (
            ['iframe', 'object', 'embed', 'form'].includes(tag) &&
            !(tag === 'form' && element.getAttribute('role') === 'search')
          )
            problems.push(`${file}: <${tag}>`);
          // The embeds' own <base target="_top"> opens links outside the frame; a base with an address is injected.
          if (tag === 'base' && element.getAttribute('href') !== undefined) problems.push(`${file}: <base href>`);
          for (const [name, value] of Object.entries(element.attributes)) {
            if (/^on/i.test(name)) problems.push(`${file}: ${tag} ${name}`);
            if (
              /^(href|src|action|formaction|data|srcdoc)$/i.test(name) &&
              /^\s*(javascript|data|vbscript):/i.test(value)
            )
              problems.push(`${file}: ${tag} ${name}=${value}`);
            if (name === 'style' && /url\(|expression/i.test(value)) problems.push(`${file}: ${tag} style=${value}`);
          }
          if (tag === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? ''))
            problems.push(`${file}: meta refresh`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it(
    "give timeline.json each body as HTML from the site's pipeline, " + 'safe, and running nothing in Chromium',
    async () => {
      const data = JSON.parse(readFileSync(path.join(outDir, 'timeline.json'), 'utf8')) as {
        entries: { id: string; html?: string }[];
      };
      expect(data.entries.length).toBeGreaterThan(VECTORS.length);
      expect(
        data.entries.flatMap((entry) =>
          typeof entry.html === 'string' ? unsafe(entry.html, entry.id) : [`${entry.id}: no html`],
        ),
      ).toEqual([]);
      expect(data.entries.find((entry) => entry.id === 'vector-1')?.html).toContain('class="citation"');
      const context = await browser.newContext();
      const ran: string[] = [];
      await recordDialogs(context, ran);
      const page = await watchedPage(context, ran);
      await page.setContent(
        `<!doctype html><html><body><main>` +
          data.entries.map((entry) => `<article>${entry.html}</article>`).join('') +
          `</main></body></html>`,
        { waitUntil: 'load' },
      );
      await page.waitForTimeout(500);
      await context.close();
      expect(ran).toEqual([]);
    },
  );

  it('run no script in Chromium on any page, nor in search results', async () => {
    const context = await browser.newContext();
    const ran: string[] = [];
    await recordDialogs(context, ran);
    const pages = files.filter((file) => !file.startsWith('pagefind/'));
    // A few tabs side by side: a page mostly waits on its load, one tab at a time took a minute.
    const queue = [...pages];
    const tabs = await Promise.all(Array.from({ length: TABS }, () => watchedPage(context, ran)));
    await Promise.all(
      tabs.map(async (tab) => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift())
          await tab.goto(`${site.url}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
      }),
    );
    const [page] = tabs;
    if (!page) throw new Error('no tab opened');
    for (const query of ['vector', 'script', 'alert', 'onerror']) {
      await page.goto(`${site.url}search/?q=${query}`, { waitUntil: 'load' });
      await page.locator('.result-title a').first().waitFor({ timeout: 10_000 });
    }
    await page.waitForTimeout(500);
    await context.close();
    expect(ran).toEqual([]);
    expect(pages.length).toBeGreaterThan(VECTORS.length);
  });
});
