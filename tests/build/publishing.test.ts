/** Following, sharing and reusing, on a built fixture with a draft, a correction and a rated claim. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { page } from '../helpers/build.ts';
import { validatorFor } from '../helpers/json-schema.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { sharedSite } from '../helpers/shared-site.ts';

const outDir = await sharedSite('publishingSite');
const SITE = 'https://timeline.example.org/';
const PUBLISHED = ['2025-01-10-pledge', '2025-02-other', '2025-03-revision'];
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const entryUrl = (id: string) => `${SITE}entries/${id}/`;

describe('feeds', () => {
  it('site-wide RSS and Atom parse and hold every published entry and no draft', () => {
    for (const file of ['feed.xml', 'atom.xml']) {
      const feed = parseFeed(read(file));
      expect(feed.items.map((item) => item.url).sort(), file).toEqual(PUBLISHED.map(entryUrl).sort());
    }
    expect(read('feed.xml') + read('atom.xml') + read('feed.json')).not.toContain('Secret draft');
  });

  it('JSON Feed 1.1 holds the same entries', () => {
    const feed = JSON.parse(read('feed.json')) as { version: string; items: { url: string }[]; feed_url: string };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE}feed.json`);
    expect(feed.items.map((item) => item.url).sort()).toEqual(PUBLISHED.map(entryUrl).sort());
  });

  it("a storyline's feeds hold only that storyline", () => {
    const atom = parseFeed(read('threads/promise/atom.xml'));
    expect(atom.items.map((item) => item.url).sort()).toEqual([
      entryUrl('2025-01-10-pledge'),
      entryUrl('2025-03-revision'),
    ]);
    const json = JSON.parse(read('threads/other/feed.json')) as { items: { url: string }[] };
    expect(json.items.map((item) => item.url)).toEqual([entryUrl('2025-02-other')]);
  });

  it('carries a correction as an update, with its date and note', () => {
    const item = parseFeed(read('atom.xml')).items.find((candidate) => candidate.url === entryUrl('2025-01-10-pledge'));
    expect(item?.updated?.toISOString()).toBe('2025-02-01T00:00:00.000Z');
    expect(item?.published?.toISOString()).toBe('2025-01-10T00:00:00.000Z');
    expect(item?.description).toMatch(
      /Correction \(1 February 2025\): The pledge was made on 10 January, not 11 January\./,
    );
    const json = JSON.parse(read('feed.json')) as { items: { url: string; date_modified?: string }[] };
    expect(json.items.find((candidate) => candidate.url === entryUrl('2025-01-10-pledge'))?.date_modified).toBe(
      '2025-02-01T00:00:00.000Z',
    );
  });

  it('is announced on every page, and a storyline page announces its own', () => {
    const home = page(outDir, '')
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => link.getAttribute('href'));
    expect(home).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
    const thread = page(outDir, 'threads/promise')
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => link.getAttribute('href'));
    expect(thread).toEqual([
      '/threads/promise/feed.xml',
      '/threads/promise/atom.xml',
      '/threads/promise/feed.json',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
    ]);
  });
});

describe('sitemap, robots and sharing', () => {
  it('the sitemap lists every entry page, no draft and no embed', () => {
    const index = read('sitemap-index.xml');
    expect(index).toContain(`${SITE}sitemap-0.xml`);
    const locations = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const id of PUBLISHED) expect(locations).toContain(entryUrl(id));
    expect(locations.some((location) => location?.includes('draft') || location?.includes('/embed/'))).toBe(false);
    expect(read('robots.txt')).toBe(`User-agent: *\nDisallow: /embed/\n\nSitemap: ${SITE}sitemap-index.xml\n`);
  });

  it('every page has a canonical link and Open Graph and Twitter tags with a share image that exists', () => {
    const entry = page(outDir, 'entries/2025-01-10-pledge');
    const meta = (selector: string) => entry.querySelector(selector)?.getAttribute('content');
    expect(entry.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(entryUrl('2025-01-10-pledge'));
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:title"]')).toBe('Jane Doe pledges a bridge');
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = meta('meta[property="og:image"]') ?? '';
    expect(image).toBe(`${SITE}share/threads/promise.png`);
    const png = readFileSync(path.join(outDir, new URL(image).pathname));
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(existsSync(path.join(outDir, 'share/site.png'))).toBe(true);
  });
});

describe('the editing interface of the published site', () => {
  it('commits through the Git host site.yaml names, though this build ran with NODE_ENV=test', () => {
    // import.meta.env.DEV is true in a build whose NODE_ENV is not production, as here: the backend must not follow it.
    expect(process.env['NODE_ENV']).toBe('test');
    const config = JSON.parse(read('admin/config.json')) as { backend: Record<string, unknown> };
    expect(config.backend).toEqual({ name: 'gitlab', repo: 'newsroom/publishing-test', branch: 'main' });
  });
});

describe('structured data', () => {
  const jsonLd = (route: string) =>
    page(outDir, route)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.text) as Record<string, unknown> & { '@type': string });

  it('describes an entry as a NewsArticle with its time, people and sources', () => {
    const [article] = jsonLd('entries/2025-03-revision');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The bridge slips to autumn',
      temporalCoverage: '2025-03',
      url: entryUrl('2025-03-revision'),
    });
    expect(jsonLd('entries/2025-03-revision')).toHaveLength(1);
    const [pledge] = jsonLd('entries/2025-01-10-pledge');
    expect(pledge).toMatchObject({
      about: [{ '@type': 'Person', name: 'Jane Doe' }],
      citation: [{ '@type': 'CreativeWork', name: 'Doe promises a bridge', url: 'https://news.example.org/bridge' }],
      dateModified: '2025-02-01',
    });
  });

  it('adds a ClaimReview with the fields fact-check tools require where a claim is rated', () => {
    const review = jsonLd('entries/2025-01-10-pledge').find((item) => item['@type'] === 'ClaimReview') as Record<
      string,
      unknown
    >;
    expect(review).toBeDefined();
    expect(review['claimReviewed']).toBe('The bridge will open by spring');
    expect(review['url']).toBe(entryUrl('2025-01-10-pledge'));
    expect(review['datePublished']).toBe('2025-02-01');
    expect(review['author']).toMatchObject({ '@type': 'Organization', name: 'Publishing test' });
    expect(review['reviewRating']).toEqual({
      '@type': 'Rating',
      alternateName: 'Revised',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
    });
    expect(review['itemReviewed']).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Jane Doe' },
      datePublished: '2025-01-10',
      appearance: { url: 'https://news.example.org/bridge' },
    });
  });
});

describe('machine-readable data', () => {
  it('timeline.json validates against the JSON Schema published beside it, and holds no draft', () => {
    const data = JSON.parse(read('timeline.json')) as { $schema: string; entries: { id: string }[] };
    expect(data.$schema).toBe(`${SITE}timeline.schema.json`);
    const validate = validatorFor(JSON.parse(read('timeline.schema.json')) as object);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.entries.map((entry) => entry.id)).toEqual(['2025-01-10-pledge', '2025-02-other', '2025-03-revision']);
    const thread = JSON.parse(read('threads/promise/timeline.json')) as {
      entries: { id: string }[];
      threads: { id: string }[];
    };
    expect(validate(thread)).toBe(true);
    expect(thread.entries.map((entry) => entry.id)).toEqual(['2025-01-10-pledge', '2025-03-revision']);
    expect(thread.threads.map((item) => item.id)).toEqual(['promise']);
  });

  it("timeline.json's HTML links to the published site, never to a page of its reader's", () => {
    const data = JSON.parse(read('timeline.json')) as { entries: { id: string; html: string }[] };
    const html = data.entries.map((entry) => entry.html).join('\n');
    expect(html).toMatch(/ href="https:\/\/timeline\.example\.org\//);
    expect(html).not.toMatch(/ href="[#/]/);
  });

  it('entry pages offer a citation with the permalink', () => {
    const cite = page(outDir, 'entries/2025-03-revision').querySelector('.citation-text');
    expect(cite?.text.replace(/\s+/g, ' ').trim()).toBe(
      `“The bridge slips to autumn.” Publishing test. ${entryUrl('2025-03-revision')}. Accessed [date you read it].`,
    );
  });
});

describe('media', () => {
  const VIDEO = 'https://www.youtube.com/watch?v=M7lc1UVf-VE&list=PL0123456789abcdefghijklmnopqrstuvwx&index=2&t=42s';

  it('a video is a link card naming its provider, with its caption and credit and their links, and no frame', () => {
    const entryPage = page(outDir, 'entries/2025-02-other');
    expect(entryPage.querySelectorAll('iframe')).toHaveLength(0);
    const card = entryPage.querySelector('figure.media-card');
    const link = card?.querySelector('a.media-card-link');
    expect(link?.getAttribute('href')).toBe(VIDEO);
    expect(card?.querySelector('.media-provider')?.text).toBe('On YouTube');
    // The caption holds a link (a link cannot hold another): the card takes the entry's title, the caption is below.
    expect(card?.querySelector('.media-title')?.text).toBe('Unrelated news');
    const captionLinks = card?.querySelectorAll('figcaption a').map((a) => [a.text, a.getAttribute('href')]);
    expect(captionLinks).toEqual([
      ['as broadcast', 'https://news.example.org/broadcast'],
      ['Example TV', 'https://tv.example.org/'],
    ]);
  });

  it('its address is never text the search indexes: the card is left out of the index, the address not printed', () => {
    const entryPage = page(outDir, 'entries/2025-02-other');
    const link = entryPage.querySelector('a.media-card-link');
    expect(link?.closest('[data-pagefind-ignore]')).toBeTruthy();
    expect(entryPage.querySelector('[data-pagefind-body]')?.text).not.toContain('youtube.com');
    const fragments = readdirSync(path.join(outDir, 'pagefind/fragment')).map((name) =>
      gunzipSync(readFileSync(path.join(outDir, 'pagefind/fragment', name))).toString('utf8'),
    );
    const fragment = fragments.find((text) => text.includes('"/entries/2025-02-other/"'));
    expect(fragment).toContain('as broadcast');
    expect(fragment).not.toContain('youtube.com');
  });
});

describe('the embed', () => {
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => close?.());

  it('renders in an iframe on another site, and its links open the full entry in the embedding page', async () => {
    const snippet = page(outDir, 'threads/promise').querySelector('#embed-snippet')?.text ?? '';
    expect(snippet).toContain(`src="${SITE}embed/threads/promise/"`);
    const browser = await launchChromium();
    close = () => browser.close();
    const tab = await browser.newPage();
    // The published address is answered from the build, so the host page can embed it as a newsroom's page would.
    await tab.route(`${SITE}**`, (route) => {
      const pathname = new URL(route.request().url()).pathname;
      const file = path.join(outDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
      return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: 'not found' });
    });
    await tab.route('https://newsroom.example.net/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><h1>A newsroom page</h1>${snippet}`,
      }),
    );
    await tab.goto('https://newsroom.example.net/');
    const frame = tab.frameLocator('iframe');
    await expect(frame.locator('h1').textContent()).resolves.toBe('The promise');
    await expect(frame.locator('.embed-steps li').count()).resolves.toBe(2);
    expect(await frame.locator('header, nav, .site-header').count()).toBe(0);
    // Exactly the title: the drawing to scale above the list links the step too, named with its date.
    await frame.getByRole('link', { name: 'Jane Doe pledges a bridge', exact: true }).click();
    await tab.waitForURL(entryUrl('2025-01-10-pledge'));
    await expect(tab.locator('h1').textContent()).resolves.toBe('Jane Doe pledges a bridge');
  });
});

describe('a summary printed once', () => {
  /** The words a reader sees in an element: hidden ones left out, spaces collapsed. */
  const shownText = (route: string, selector: string) => {
    const element = page(outDir, route).querySelector(selector);
    for (const hidden of element?.querySelectorAll('[hidden]') ?? []) hidden.remove();
    return element?.text.replace(/\s+/g, ' ') ?? '';
  };
  const count = (text: string, words: string) => text.split(words).length - 1;

  it('an entry page whose body opens with its summary prints that sentence once, and search keeps it', () => {
    const article = shownText('entries/2025-02-other', 'article.entry');
    expect(count(article, 'Something in another storyline.')).toBe(1);
    expect(page(outDir, 'entries/2025-02-other').querySelector('.entry-body')?.text).toMatch(
      /^\s*Something in another storyline\. It has/,
    );
    const fragments = readdirSync(path.join(outDir, 'pagefind/fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(path.join(outDir, 'pagefind/fragment', name)))
            .toString('utf8')
            .slice(12),
        ) as {
          url: string;
          meta: Record<string, string>;
        },
    );
    expect(fragments.find((fragment) => fragment.url === '/entries/2025-02-other/')?.meta['summary']).toBe(
      'Something in another storyline.',
    );
  });

  it('a summary that is the title is printed once: on cards, the entry page, the pledges page and in feeds', () => {
    const title = 'The bridge slips to autumn';
    const card = page(outDir, '')
      .querySelectorAll('.card')
      .find((item) => item.querySelector('a')?.getAttribute('href') === '/entries/2025-03-revision/');
    expect(card?.querySelector('.card-summary')).toBeNull();
    expect(count(card?.text ?? '', title)).toBe(1);
    expect(count(shownText('entries/2025-03-revision', '.entry-header'), title)).toBe(1);
    expect(count(shownText('pledges', 'article[data-entry="2025-03-revision"]'), title)).toBe(1);
    const feed = JSON.parse(read('feed.json')) as { items: { url: string; summary?: string }[] };
    expect(feed.items.find((item) => item.url === entryUrl('2025-03-revision'))).not.toHaveProperty('summary');
    // A summary that differs from its title is still there.
    expect(page(outDir, 'entries/2025-01-10-pledge').querySelector('.entry-summary')?.text).toBe(
      'Jane Doe promised a bridge by spring.',
    );
  });
});

describe('publish integrity, over the whole output', () => {
  const DRAFT = { id: '2025-04-draft', words: ['Secret draft', 'Not ready.'] };
  /** Every file under dist/, as text; Pagefind's gzipped files are unpacked first. */
  const files = () =>
    readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((name) => statSync(path.join(outDir, name)).isFile())
      .map((name) => {
        const bytes = readFileSync(path.join(outDir, name));
        return { name, text: (/\.pf_\w+$/.test(name) ? gunzipSync(bytes) : bytes).toString('latin1') };
      });
  /** The entry addresses in Pagefind's fragments: one fragment per indexed page. */
  const indexed = () =>
    files()
      .filter(({ name }) => name.endsWith('.pf_fragment'))
      .map(
        ({ text }) =>
          (JSON.parse(Buffer.from(text.replace(/^pagefind_dcd/, ''), 'latin1').toString('utf8')) as { url: string })
            .url,
      )
      .filter((address) => address.startsWith('/entries/'));

  it('every published entry has a page, a search record, feed items, a sitemap line and a JSON record', () => {
    const sitemap = read('sitemap-0.xml');
    const feeds = ['feed.xml', 'atom.xml', 'feed.json'].map(read);
    const exported = (JSON.parse(read('timeline.json')) as { entries: { id: string }[] }).entries.map(
      (entry) => entry.id,
    );
    expect(indexed().sort()).toEqual(PUBLISHED.map((id) => `/entries/${id}/`));
    for (const id of PUBLISHED) {
      expect(existsSync(path.join(outDir, 'entries', id, 'index.html')), id).toBe(true);
      expect(sitemap, id).toContain(`<loc>${entryUrl(id)}</loc>`);
      for (const feed of feeds) expect(feed, id).toContain(entryUrl(id));
      expect(exported).toContain(id);
    }
  });

  it('a draft is in no file at all: no page, feed, sitemap, export, embed, share image or search record', () => {
    const leaks = files().filter(({ text }) => [DRAFT.id, ...DRAFT.words].some((word) => text.includes(word)));
    expect(leaks.map(({ name }) => name)).toEqual([]);
    // The search index holds words, not titles: the draft's one unusual word is not among them either.
    const indexWords = files().filter(({ name }) => /\.pf_(index|meta|filter)$/.test(name));
    expect(indexWords.length).toBeGreaterThan(0);
    expect(indexWords.filter(({ text }) => text.toLowerCase().includes('secret')).map(({ name }) => name)).toEqual([]);
  });
});

describe('printing', () => {
  it('prints an entry with its sources and their addresses, without the site navigation, on white', async () => {
    const site = await serve(outDir);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(`${site.url}entries/2025-01-10-pledge/`);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(await page.locator('.site-header nav').first().isVisible()).toBe(false);
      expect(await page.locator('.header-search').isVisible()).toBe(false);
      expect(await page.locator('.sources').isVisible()).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 253, 252)');
      const printed = await page
        .locator('.sources a[href^="http"]')
        .evaluateAll((links) =>
          links.map((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content })),
        );
      expect(printed.length).toBeGreaterThan(0);
      for (const link of printed) expect(link.after).toBe(`" <${link.href ?? ''}>"`);
    } finally {
      await browser.close();
      await site.close();
    }
  });
});
