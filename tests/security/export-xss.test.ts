/**
 * Nothing from content runs on a page that shows our exports. Entry bodies, titles, summaries, date labels, media
 * captions, credits and addresses, storyline titles and the site's words are filled with injection vectors; the
 * TimelineJS export must be safe HTML on its own (a newsroom may embed it with any TimelineJS version), and loaded into
 * the real TimelineJS (self-hosted) in Chromium, every slide shown, no script may run, no handler fire and every text
 * read as written. The JSON export's rendered bodies are checked the same way.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent } from '../../src/core/index.ts';
import type { TLSlide, TLTimeline } from '../../src/core/timelinejs.ts';
import { chromiumPath, launchChromium } from '../../scripts/lib/browser.ts';
import { runScript } from '../helpers/cli.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { writeTimelineJsPage } from '../../scripts/lib/timelinejs-page.ts';
import { recordDialogs, watchedPage } from '../helpers/script-watch.ts';
import { contentTree, tempDir } from '../helpers/trees.ts';
import { ENCODED, unsafe, VECTORS } from './vectors.ts';

const hasChromium = (() => {
  try {
    return Boolean(chromiumPath());
  } catch {
    return false;
  }
})();

/**
 * Storyline titles (each with its own slug, so an import keeps
 * them apart): TimelineJS shows a slide's group as a label.
 */
const THREAD_TITLES = [...ENCODED, ...VECTORS.slice(0, 2), `"><script>alert('XSS')</script>`, 'Trade & tariffs <b>'];

let root: string;
let served: string;
let server: Served;
let timeline: TLTimeline;
let exported: { entries: { id: string; title: string; body: string; html?: string }[] };
/** The vectors three to an entry: fewer slides for TimelineJS to go through, every vector in every field. */
const CHUNKS = Array.from({ length: Math.ceil(VECTORS.length / 3) }, (_, index) =>
  VECTORS.slice(3 * index, 3 * index + 3),
);
const titles: string[] = [];
/** Date labels: TimelineJS shows them as a slide's date. */
const labels: string[] = [];
const siteTitle = `Timeline ${ENCODED[0]} ${VECTORS.at(-2)}`;

beforeAll(async () => {
  const tree = contentTree();
  root = tree.root;
  const { content } = tree;
  served = tempDir('timeline-tjs');
  server = await serve(served);
  writeFileSync(
    path.join(content, 'threads.yaml'),
    stringify([
      { id: 'the-story', title: 'The story' },
      ...THREAD_TITLES.map((title, index) => ({ id: `xss-${index}`, title })),
    ]),
  );
  writeFileSync(
    path.join(content, 'site.yaml'),
    stringify({ title: siteTitle, description: `${ENCODED[1]} ${VECTORS.at(-3)}`, language: 'en-GB' }),
  );
  mkdirSync(path.join(content, 'entries/xss'), { recursive: true });
  // Media addresses that break out of the quotes TimelineJS writes them in (PDF and document frames), on this server.
  const media = [
    `${server.url}a.pdf#'onload='alert(1)`,
    `${server.url}b.pdf?x='onload='alert(2)'`,
    `${server.url}c.jpg`,
  ];
  CHUNKS.forEach((chunk, index) => {
    const vectors = chunk.join(' ');
    const title = `Vector ${index} ${vectors}`;
    const label = `${ENCODED[index % ENCODED.length]} ${vectors}`;
    titles.push(title);
    labels.push(label);
    const frontmatter = {
      title,
      summary: `${ENCODED[index % ENCODED.length]} ${vectors}`,
      date: '2024-05-01',
      dateLabel: label,
      kind: 'statement',
      threads: [`xss-${index % THREAD_TITLES.length}`],
      sources: [{ outlet: vectors, title: vectors, url: 'https://example.org/a' }],
      media: { url: media[index % media.length], caption: `${ENCODED[0]} ${vectors}`, credit: vectors, alt: vectors },
    };
    const link = index > 0 ? `See [[vector-${index - 1}]].` : '';
    const body = chunk
      .map((vector) => `${vector}\n\nSaid [@1]: ${vector} ${link}\n\n<div>${vector}</div>\n`)
      .join('\n');
    writeFileSync(path.join(content, `entries/xss/vector-${index}.md`), `---\n${stringify(frontmatter)}---\n${body}`);
  });

  const run = runScript('export', ['timelinejs', '--out', path.join(served, 'timeline.json')], content);
  expect(run.status, run.stderr).toBe(0);
  timeline = JSON.parse(readFileSync(path.join(served, 'timeline.json'), 'utf8')) as TLTimeline;
  const json = runScript('export', ['json'], content);
  expect(json.status, json.stderr).toBe(0);
  exported = JSON.parse(json.stdout) as typeof exported;

  writeTimelineJsPage(served, { style: 'width:1000px;height:700px', settings: { duration: 1 } });
}, 120_000);

afterAll(async () => {
  await server?.close();
  for (const dir of [root, served]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The elements a field holds once read as HTML (a field of plain text holds none). */
const elementsIn = (html: string): HTMLElement[] => parse(html).querySelectorAll('*');
/** What TimelineJS makes of a display date or group: it reads it as HTML, keeps the text, and writes that as HTML. */
const decodedOnce = (html: string): string => parse(html).textContent;
/** The elements the export itself writes in captions and credits: Markdown emphasis, and links (checked above). */
const WRITTEN_IN_CAPTIONS = new Set(['em', 'strong', 'a']);
/** An element the export wrote from Markdown: one it writes there, with no attribute but a link's address. */
const written = (element: HTMLElement, allowed: Set<string>) =>
  allowed.has(element.tagName.toLowerCase()) &&
  Object.keys(element.attributes).every((name) => element.tagName.toLowerCase() === 'a' && name === 'href');

describe('the TimelineJS export', () => {
  const slides = () => [...(timeline.title ? [timeline.title] : []), ...timeline.events];

  it('holds only safe HTML in the fields TimelineJS writes as HTML', () => {
    expect(timeline.events).toHaveLength(CHUNKS.length + 2);
    const problems = slides().flatMap((slide: TLSlide, index) => [
      ...unsafe(slide.text?.text ?? '', `slide ${index} text`),
      ...unsafe(slide.text?.headline ?? '', `slide ${index} headline`),
      ...unsafe(slide.media?.caption ?? '', `slide ${index} caption`),
      ...unsafe(slide.media?.credit ?? '', `slide ${index} credit`),
    ]);
    expect(problems).toEqual([]);
  });

  it('writes plain-text fields as text, even where TimelineJS decodes them before writing them as HTML', () => {
    const problems: string[] = [];
    slides().forEach((slide, index) => {
      for (const [name, value] of Object.entries({
        headline: slide.text?.headline,
        caption: slide.media?.caption,
        credit: slide.media?.credit,
      })) {
        const allowed = name === 'headline' ? new Set<string>() : WRITTEN_IN_CAPTIONS;
        if (value && elementsIn(value).some((element) => !written(element, allowed)))
          problems.push(`slide ${index} ${name}: ${value}`);
      }
      for (const [name, value] of Object.entries({ display_date: slide.display_date, group: slide.group })) {
        if (value && elementsIn(decodedOnce(value)).length) problems.push(`slide ${index} ${name}: ${value}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('gives media only at http(s) addresses that cannot leave the attribute they are written in', () => {
    const urls = timeline.events.flatMap((slide) => (slide.media?.url ? [slide.media.url] : []));
    expect(urls).toHaveLength(CHUNKS.length);
    expect(urls.filter((url) => !/^https?:\/\/[^\s'"<>`]+$/.test(url))).toEqual([]);
  });

  it('reads back as written: importing it gives the same titles, date labels and storylines', async () => {
    const back = tempDir('timeline-reimport');
    try {
      const content = path.join(back, 'content');
      mkdirSync(content);
      const run = runScript('import', ['timelinejs', path.join(served, 'timeline.json')], content);
      expect(run.status, run.stderr).toBe(0);
      const model = await loadContent('content', back);
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(model.entries.map((entry) => entry.title).sort()).toEqual(
        ['The first thing', 'The second thing', ...titles].map(collapse).sort(),
      );
      expect(
        model.entries.flatMap((entry) => (entry.date.text === entry.date.computed ? [] : [entry.date.text])).sort(),
      ).toEqual(labels.map(collapse).sort());
      expect(model.threads.map((thread) => thread.title)).toEqual(
        expect.arrayContaining(['The story', ...THREAD_TITLES].map(collapse)),
      );
    } finally {
      rmSync(back, { recursive: true, force: true });
    }
  });
});

describe('the JSON export', () => {
  it('carries each body rendered through the site pipeline, with only safe HTML', () => {
    expect(exported.entries).toHaveLength(CHUNKS.length + 2);
    const problems = exported.entries.flatMap((entry) =>
      typeof entry.html === 'string' ? unsafe(entry.html, entry.id) : [`${entry.id}: no html`],
    );
    expect(problems).toEqual([]);
    const linked = exported.entries.find((entry) => entry.id === 'vector-1');
    expect(linked?.html).toContain('class="entry-link"');
    expect(linked?.html).toContain('class="citation"');
  });
});

describe.skipIf(!hasChromium)('in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  const ran: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await recordDialogs(context, ran);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** A fresh page of the shared context, with what ran before it forgotten. */
  function freshPage(): Promise<Page> {
    ran.length = 0;
    return watchedPage(context, ran);
  }

  /** Handlers, script elements and script addresses in the page under `selector` (TimelineJS's own links aside). */
  const domProblems = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const problems: string[] = [];
      for (const element of document.querySelectorAll(`${selector} *`)) {
        const tag = element.tagName.toLowerCase();
        if (tag === 'script') problems.push('<script>');
        for (const { name, value } of element.attributes) {
          // TimelineJS's autolink writes its own links with onclick="void(0)".
          const own = name === 'onclick' && value === 'void(0)' && element.classList.contains('tl-makelink');
          if (/^on/i.test(name) && !own) problems.push(`${tag} ${name}=${value}`);
          if (
            /^(href|src|action|formaction|data|srcdoc)$/i.test(name) &&
            /^\s*(javascript|data|vbscript):/i.test(value)
          )
            problems.push(`${tag} ${name}=${value}`);
        }
      }
      return problems;
    }, selector);

  it(
    'loads into the real TimelineJS: ' + 'every slide shown, no script run, no handler, every text as written',
    async () => {
      const page = await freshPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url, { waitUntil: 'load' });
      await page.locator('.tl-slide-content .tl-headline').first().waitFor({ timeout: 30_000 });
      // Every slide in turn, title slide first: TimelineJS loads a slide's media as it comes near.
      await page.evaluate(async (count) => {
        const { timeline } = window as unknown as { timeline: { goTo: (n: number) => void } };
        for (let n = 0; n <= count; n++) {
          timeline.goTo(n);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }, timeline.events.length);
      await page.waitForTimeout(1000);
      expect(errors).toEqual([]);
      expect(ran).toEqual([]);
      expect(await domProblems(page, '#timeline')).toEqual([]);
      // Escaped once too often would show entities; too few, markup: each title reads exactly as written.
      const headlines = await page.locator('.tl-slide-content .tl-headline').allTextContents();
      const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect([...new Set(headlines.map(collapse))].sort()).toEqual(
        [siteTitle, 'The first thing', 'The second thing', ...titles].map(collapse).sort(),
      );
      const groups = await page.locator('.tl-timegroup-message').allTextContents();
      expect([...new Set(groups.map(collapse))].sort()).toEqual(['The story', ...THREAD_TITLES].map(collapse).sort());
      const dates = new Set(
        (await page.locator('.tl-slide-content .tl-headline-date').allTextContents()).map(collapse),
      );
      expect(labels.map(collapse).filter((label) => !dates.has(label))).toEqual([]);
      const frames = await page.locator('#timeline iframe').count();
      expect(frames).toBeGreaterThan(0);
      await page.close();
    },
    180_000,
  );

  it("shows the JSON export's rendered bodies without running anything", async () => {
    expect(exported.entries.filter((entry) => typeof entry.html !== 'string')).toEqual([]);
    const page = await freshPage();
    await page.setContent(
      `<!doctype html><html><body><main>` +
        exported.entries.map((entry) => `<article>${entry.html ?? ''}</article>`).join('') +
        `</main></body></html>`,
      { waitUntil: 'load' },
    );
    await page.waitForTimeout(500);
    expect(ran).toEqual([]);
    expect(await domProblems(page, 'main')).toEqual([]);
    await page.close();
  });
});
