/** The sitemap's sort with one collator: the same order as the call it stands in for, and nothing else changed. */
import { describe, expect, it } from 'vitest';
import { withOneCollator, withSitemapCollator } from '../../src/integrations/sitemap-collator.ts';

/** Addresses with numbers that sort apart numerically and as text, accents, case and other scripts. */
const ADDRESSES = [
  'https://example.org/threads/page/10/',
  'https://example.org/threads/page/2/',
  'https://example.org/threads/page/1/',
  'https://example.org/entries/2025-01-19-x/',
  'https://example.org/entries/2025-1-20-x/',
  'https://example.org/uk/entries/київ/',
  'https://example.org/people/émile/',
  'https://example.org/people/Emile/',
  'https://example.org/people/emile/',
  'https://example.org/years/-0043/',
  'https://example.org/years/0602/',
  'https://example.org/',
];
const sitemapSort = (urls: string[]) => [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('the sitemap sorted with one collator', () => {
  it('orders addresses as localeCompare with the sitemap’s arguments does', async () => {
    const expected = sitemapSort(ADDRESSES);
    expect(expected.indexOf('https://example.org/threads/page/2/')).toBeLessThan(
      expected.indexOf('https://example.org/threads/page/10/'),
    );
    expect(await withOneCollator(() => sitemapSort(ADDRESSES))).toEqual(expected);
  });

  it('leaves every other call alone, and localeCompare as it was afterwards, even when the hook fails', async () => {
    const original = String.prototype.localeCompare;
    const other = await withOneCollator(() => [
      'a'.localeCompare('B'),
      'a'.localeCompare('b', 'en', { numeric: true, sensitivity: 'base' }),
      'ä'.localeCompare('z', 'sv'),
    ]);
    expect(other).toEqual([
      'a'.localeCompare('B'),
      'a'.localeCompare('b', 'en', { sensitivity: 'base' }),
      'ä'.localeCompare('z', 'sv'),
    ]);
    const failing = withSitemapCollator({
      name: 'failing',
      hooks: {
        'astro:build:done': () => {
          expect(String.prototype.localeCompare).not.toBe(original);
          throw new Error('the hook failed');
        },
      },
    });
    const hook = failing.hooks['astro:build:done'] as () => Promise<void>;
    await expect(hook()).rejects.toThrow('the hook failed');
    expect(String.prototype.localeCompare).toBe(original);
  });
});
