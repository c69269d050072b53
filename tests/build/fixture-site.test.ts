/** The real build on the minimal fixture tree and on bad content: what it writes, and what it refuses to write. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, runBuild } from '../helpers/build.ts';
import { contentTree, FIXTURES, tempDir, writeFiles } from '../helpers/trees.ts';

const outDir = path.join(tempDir('timeline-dist'), 'dist');
/** What `npm run sources` would have kept: both sources' originals dead, the second one with an archived copy. */
const LINK_CHECKS = {
  'https://example.org/a': {
    status: 'dead',
    problem: '404 Not Found',
    firstFailed: '2026-03-01',
    failedDays: 2,
    lastChecked: '2026-03-12',
  },
  'https://example.org/b': {
    status: 'dead',
    problem: '410 Gone',
    firstFailed: '2026-03-01',
    failedDays: 2,
    lastChecked: '2026-03-12',
  },
};
const ARCHIVED = 'https://web.archive.org/web/20250203000000/https://example.org/b';
/** The first source's archived copy, itself found dead. */
const DEAD_COPY = 'https://archive.example/a';

/** What the build of the whole file printed. */
let buildOutput = '';
// Built for the whole file: the bad-content tests check that a failed build leaves this output as it was.
beforeAll(() => {
  const { content } = contentTree();
  const second = path.join(content, 'entries/2025/2025-02-03-second.md');
  writeFiles(content, {
    'link-checks.json': JSON.stringify({ ...LINK_CHECKS, [DEAD_COPY]: LINK_CHECKS['https://example.org/a'] }),
    'entries/2025/2025-01-first.md': readFileSync(path.join(content, 'entries/2025/2025-01-first.md'), 'utf8').replace(
      '    url: https://example.org/a\n',
      `    url: https://example.org/a\n    archived: ${DEAD_COPY}\n`,
    ),
    'entries/2025/2025-02-03-second.md': readFileSync(second, 'utf8').replace(
      '    url: https://example.org/b\n',
      `    url: https://example.org/b\n    archived: ${ARCHIVED}\n    archiveDate: 2025-02-03\n`,
    ),
  });
  // With the network unplugged: the build reads the kept link checks and never calls a cited site or an archive.
  const run = runBuild({ outDir, content, offline: true });
  expect(run.status, run.output).toBe(0);
  expect(run.output).not.toContain('NETWORK CALLED');
  buildOutput = run.output;
});

describe('a good tree', () => {
  it('says in its footer that every entry is sourced, as each has a source a reader can look up', () => {
    expect(page(outDir, '').querySelector('.site-footer')?.text.trim()).toBe(
      'Every entry is sourced; corrections are logged on the entry they change.',
    );
  });

  it('tells readers which originals are gone, from the kept link checks, and links the archived copy first', () => {
    const withCopy = page(outDir, 'entries/2025-02-03-second').querySelector('#source-1');
    expect(withCopy?.querySelector('.source-url')?.getAttribute('href')).toBe(ARCHIVED);
    expect(withCopy?.querySelector('.archive-link')).toBeNull();
    expect(withCopy?.querySelector('.link-gone')?.text.replace(/\s+/g, ' ').trim()).toBe(
      '(original no longer available, checked 12 March 2026)',
    );
    expect(withCopy?.querySelector('.link-gone time')?.getAttribute('datetime')).toBe('2026-03-12');
    // Its copy dead too: the title links the original, and both are said to be gone.
    const copyDead = page(outDir, 'entries/2025-01-first').querySelector('#source-1');
    expect(copyDead?.querySelector('.source-title')?.getAttribute('href')).toBe('https://example.org/a');
    expect(copyDead?.querySelector('.link-gone')?.text).toContain('original no longer available');
    expect(copyDead?.querySelector('.archive-gone')?.text.replace(/\s+/g, ' ').trim()).toBe(
      '(archived copy no longer available, checked 12 March 2026)',
    );
  });

  it('carries the same source status into its feeds', () => {
    const feed = JSON.parse(readFileSync(path.join(outDir, 'feed.json'), 'utf8')) as {
      items: { url: string; content_text: string }[];
    };
    const text = (id: string) => feed.items.find((item) => item.url.endsWith(`/entries/${id}/`))?.content_text;
    expect(text('2025-02-03-second')).toContain(
      `(original no longer available, checked 12 March 2026; archived copy: ${ARCHIVED})`,
    );
    expect(text('2025-01-first')).toContain(
      'Sources:\n1. Example Gazette, It happened: https://example.org/a (original no longer available, checked ' +
        `12 March 2026; archived copy: ${DEAD_COPY}; archived copy no longer available, checked 12 March 2026)`,
    );
    const atom = readFileSync(path.join(outDir, 'atom.xml'), 'utf8');
    expect(atom).toContain('original no longer available, checked 12 March 2026; archived copy: ');
  });

  it('prints a month-precision date as a month, with its machine form', () => {
    const time = page(outDir, 'entries/2025-01-first').querySelector('.entry-date time');
    expect(time?.getAttribute('datetime')).toBe('2025-01');
    expect(time?.text).toBe('January 2025');
    expect(readFileSync(path.join(outDir, 'entries/2025-01-first/index.html'), 'utf8')).not.toContain('1 January 2025');
  });

  it('links in its menus only the sections that have something to list (no topics here)', () => {
    const links = (route: string, selector: string) =>
      page(outDir, route)
        .querySelectorAll(selector)
        .map((link) => link.getAttribute('href'));
    expect(links('', 'header nav a')).toEqual(['/', '/threads/', '/pledges/', '/people/']);
    expect(links('404.html', '.index-links a')).toEqual(['/', '/threads/', '/pledges/', '/people/']);
  });

  it('gives every page the site icon, a file in public/ an editor may replace', () => {
    expect(page(outDir, '').querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    expect(page(outDir, 'entries/2025-01-first').querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(
      '/favicon.svg',
    );
    expect(readFileSync(path.join(outDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg /);
  });

  it('renders [[id]] links and [@n] citations in the body', () => {
    const body = page(outDir, 'entries/2025-02-03-second').querySelector('.entry-body');
    expect(body?.querySelector('a.entry-link')?.getAttribute('href')).toBe('/entries/2025-01-first/');
    expect(body?.querySelector('a.entry-link')?.text).toBe('The first thing');
    expect(body?.querySelector('a.citation')?.getAttribute('href')).toBe('#source-1');
  });

  it('keeps the spaces between words and inline elements', () => {
    const html = readFileSync(path.join(outDir, 'entries/2025-01-first/index.html'), 'utf8');
    expect(
      page(outDir, 'entries/2025-01-first')
        .querySelector('.relation-list.incoming li')
        ?.text.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Revised by The second thing (3 February 2025)');
    expect(html).not.toMatch(/Revised by<a/);
  });

  it(
    'ships only the theme and site scripts outside the search page (under 2 KB), ' +
      'none in embeds, and never inline script',
    () => {
      const html = readdirSync(outDir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith('.html'));
      expect(html.length).toBeGreaterThan(8);
      for (const file of html) {
        const scripts = page(outDir, file)
          .querySelectorAll('script')
          .filter((script) => script.getAttribute('type') !== 'application/ld+json');
        expect(
          scripts.every((script) => script.getAttribute('src') && script.text.trim() === ''),
          `${file} has inline script`,
        ).toBe(true);
        const sources = scripts.map((script) => script.getAttribute('src') ?? '');
        if (file.startsWith('embed/')) expect(sources, file).toEqual([]);
        // The editing interface loads its own bundle (the CMS), from this site only.
        else if (file === 'admin/index.html') expect(sources.every((source) => source.startsWith('/'))).toBe(true);
        else if (file !== 'search/index.html') {
          // theme.js (src/pages/theme.js.ts) in the head (the reader's theme before the page paints), and the
          // bundled site script.
          expect(sources, file).toHaveLength(2);
          expect(sources[0], file).toBe('/theme.js');
          const bytes = sources.reduce((sum, source) => sum + statSync(path.join(outDir, source)).size, 0);
          expect(bytes, 'script bytes').toBeLessThan(2048);
        }
      }
    },
  );

  it('writes the search index with every entry page in it', () => {
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([2]);
  });

  it('builds the search index once, after the process that ran Astro has ended', () => {
    const indexed = [...buildOutput.matchAll(/search index: \d+ pages/g)];
    expect(indexed).toHaveLength(1);
    expect(buildOutput.indexOf('[build] Complete!')).toBeGreaterThan(-1);
    expect(indexed[0]?.index).toBeGreaterThan(buildOutput.indexOf('[build] Complete!'));
  });

  it('writes a 404 page and the index pages', () => {
    for (const route of [
      '404.html',
      'threads/index.html',
      'people/index.html',
      'topics/index.html',
      'pledges/index.html',
      'years/2025/index.html',
    ]) {
      expect(existsSync(path.join(outDir, route)), route).toBe(true);
    }
  });
});

describe('bad content', () => {
  it('stops the build with every problem and leaves the last good output as it was', () => {
    const before = statSync(path.join(outDir, 'index.html')).mtimeMs;
    const { content } = contentTree('invalid-date');
    const run = runBuild({ outDir, content });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/entries\/2025\/2025-02-30-x\.md:4:7 +error +date: "2025-02-30" is not a real date/);
    expect(run.output).toMatch(/was left as it was/);
    expect(statSync(path.join(outDir, 'index.html')).mtimeMs).toBe(before);
  });

  it('fails Astro itself too, through the content loader', () => {
    const { content } = contentTree('unknown-person');
    const scratch = path.join(tempDir('timeline-dist'), 'dist');
    const run = runBuild({ outDir: scratch, content, script: 'astro' });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/2025-03-01-x\.md:6:20 +error +people\[1\]: unknown person "john-roe"/);
  });
});

describe('years below 1000 and before the common era', () => {
  const early = path.join(tempDir('timeline-dist'), 'dist');
  beforeAll(() => {
    const run = runBuild({ outDir: early, content: path.join(FIXTURES, 'early-dates') });
    expect(run.status, run.output).toBe(0);
  });

  it('prints them as written, in story order, without an HTML datetime where HTML has none', () => {
    const cards = page(early, '').querySelectorAll('.card');
    expect(cards.map((card) => card.querySelector('.card-date')?.text.trim())).toEqual([
      '13.8 billion years ago',
      '538.8 million years ago – 251.9 million years ago',
      'c. 315 thousand years ago',
      '3500 BC',
      '15 March 44 BC',
      '602',
      'c. 650',
      '680 – 689',
      '12,000',
    ]);
    expect(cards[0]?.querySelector('.card-date time')).toBeNull();
    expect(cards[4]?.querySelector('.card-date time')).toBeNull();
    expect(cards[5]?.querySelector('.card-date time')?.getAttribute('datetime')).toBe('0602');
    expect(cards[8]?.querySelector('.card-date time')?.getAttribute('datetime')).toBe('12000');
  });

  it('dates them in the Atom feed no later than any date it can write, never 1 January 1970', () => {
    const atom = readFileSync(path.join(early, 'atom.xml'), 'utf8');
    expect(atom).not.toContain('1970-01-01');
    expect(atom).toContain('<updated>0000-01-01T00:00:00.000Z</updated>');
  });

  it('gives each year a page named the way readers write it, BC addresses apart from AD ones', () => {
    expect(page(early, 'years/44-bc').querySelector('h1')?.text).toBe('Everything in 44 BC');
    expect(page(early, 'years/13800000000-bc').querySelector('h1')?.text).toBe(
      'Everything from 13.8 billion years ago',
    );
    expect(
      page(early, '')
        .querySelectorAll('.year-nav a')
        .map((a) => [a.text, a.getAttribute('href')]),
    ).toEqual([
      ['13.8 billion years ago', '/years/13800000000-bc/'],
      ['538.8 million years ago', '/years/538800000-bc/'],
      ['315 thousand years ago', '/years/315000-bc/'],
      ['3500 BC', '/years/3500-bc/'],
      ['44 BC', '/years/44-bc/'],
      ['602', '/years/602/'],
      ['650', '/years/650/'],
      ['680', '/years/680/'],
      ['12,000', '/years/12000/'],
    ]);
  });

  it('draws the archive to scale: deep time by order of magnitude, long empty stretches as breaks', () => {
    const strip = page(early, '').querySelector('.archive-strip');
    const marks = strip?.querySelectorAll('a') ?? [];
    expect(marks.map((mark) => mark.getAttribute('aria-label'))).toEqual(
      page(early, '')
        .querySelectorAll('.year-nav li')
        .map((item) =>
          item.text
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/ \((.*)\)$/, ': $1'),
        ),
    );
    expect(marks.map((mark) => mark.getAttribute('href'))).toEqual(
      page(early, '')
        .querySelectorAll('.year-nav a')
        .map((link) => link.getAttribute('href')),
    );
    const left = marks.map((mark) => Number(mark.querySelector('.bar')?.getAttribute('x')));
    expect([...left].sort((a, b) => a - b)).toEqual(left);
    expect(strip?.querySelectorAll('.strip-break').length).toBeGreaterThan(0);
    expect(strip?.querySelector('.strip-note')?.text).toContain('order of magnitude');
  });

  it('leaves out of JSON-LD the dates schema.org cannot express, and writes no invalid one', () => {
    const data = (id: string) =>
      JSON.parse(page(early, `entries/${id}`).querySelector('script[type="application/ld+json"]')?.text ?? '{}');
    expect(data('big-bang').headline).toBe('The Big Bang');
    expect(data('big-bang')).not.toHaveProperty('temporalCoverage');
    expect(data('ides-of-march')).not.toHaveProperty('temporalCoverage');
    expect(data('far-future')).not.toHaveProperty('temporalCoverage');
    expect(data('span-680s').temporalCoverage).toBe('0680/0689');
  });

  it('carries deep time into the feeds and the search filters without a made-up date', () => {
    const feed = readFileSync(path.join(early, 'feed.xml'), 'utf8');
    expect(feed).toContain('The Big Bang');
    expect(feed).not.toMatch(/Invalid Date|NaN/);
    const filters = page(early, 'entries/big-bang')
      .querySelectorAll('[data-pagefind-filter]')
      .map((span) => span.getAttribute('data-pagefind-filter'));
    expect(filters).toContain('year:13.8 billion years ago');
  });
});
