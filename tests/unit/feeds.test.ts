/** What the feeds say of a source, and that no text from content can make a feed unreadable as XML. */
import { parseAtomFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedItem } from '../../src/core/feed-items.ts';
import { useStrings } from '../../src/i18n/ui.ts';
import { renderFeed, type FeedSpec } from '../../src/lib/feeds.ts';

const item = (title: string, sources: FeedItem['sources']): FeedItem => ({
  id: 'an-entry',
  path: 'entries/an-entry/',
  title,
  dateText: '20 January 2025',
  published: new Date('2025-01-20T00:00:00Z'),
  updates: [],
  sources,
});

const spec = (items: FeedItem[]): FeedSpec => ({
  title: 'A timeline',
  description: 'Of things.',
  language: 'en',
  homeUrl: 'https://example.org/',
  feedUrl: (format) => `https://example.org/${format}`,
  items,
  strings: useStrings('en'),
});

// Feeds give absolute addresses on the site's origin, which Astro provides in a build.
beforeAll(() => {
  vi.stubEnv('SITE', 'https://example.org');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe('the feeds', () => {
  it('leave out characters XML forbids, whatever field holds them, and escape the rest', () => {
    const hostile = item('Profits < losses & ]]> \u0007bell\uD800', [
      { name: 'Gazette \u0001<b>', url: 'https://a.example/' },
    ]);
    for (const format of ['atom', 'rss'] as const) {
      const xml = renderFeed(spec([hostile]), format);
      const forbidden = [...xml].filter((char) => /[\p{Cc}\p{Cs}]/u.test(char) && !'\t\n\r'.includes(char));
      expect(forbidden).toEqual([]);
      // Read back by a feed parser, the text is what content said, less the forbidden characters.
      const atom = format === 'atom' ? parseAtomFeed(xml).entries?.[0] : undefined;
      const rss = format === 'rss' ? parseRssFeed(xml).items?.[0] : undefined;
      expect(atom?.title?.value ?? rss?.title).toBe('Profits < losses & ]]> bell');
      expect(atom?.summary?.value ?? rss?.description).toContain('1. Gazette <b>: https://a.example/');
    }
  });

  it('list each source with what the link check found, and skip one with nothing a feed can show', () => {
    const text = JSON.parse(
      renderFeed(
        spec([
          item('Sourced', [
            { name: '', archived: 'https://web.archive.org/web/2025/https://a.example/' },
            { name: '' },
            { name: 'Gazette, It happened', url: 'https://b.example/', urlDead: '12 March 2026' },
          ]),
        ]),
        'json',
      ),
    ).items[0].content_text as string;
    expect(text).toContain(
      'Sources:\n1. (archived copy: https://web.archive.org/web/2025/https://a.example/)\n' +
        '3. Gazette, It happened: https://b.example/ (original no longer available, checked 12 March 2026)',
    );
  });
});
