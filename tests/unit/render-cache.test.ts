/**
 * The rendered bodies kept between syncs and runs: a body is found by its digest in this process and the next one,
 * one no sync used falls out, and a damaged file is an empty cache.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRenderCache } from '../../src/loaders/render-cache.ts';
import { tempDir } from '../helpers/trees.ts';

const body = (html: string) => ({ html, headings: [{ depth: 2, slug: 'a', text: 'A' }] });

describe('the cache of rendered bodies', () => {
  it('keeps what a sync rendered, for the next sync and the next run', async () => {
    const file = path.join(tempDir('render-cache'), 'cache', 'rendered-bodies.bin');
    const cache = await openRenderCache(file);
    expect(cache.get('one')).toBeUndefined();
    cache.set('one', body('<p>One</p>'));
    cache.set('two', body('<p>Two</p>'));
    await cache.save();
    expect(cache.get('one')).toEqual(body('<p>One</p>'));
    expect((await openRenderCache(file)).get('two')).toEqual(body('<p>Two</p>'));
  });

  it('forgets a body no sync used, and writes nothing when a sync changed nothing', async () => {
    const file = path.join(tempDir('render-cache'), 'rendered-bodies.bin');
    const cache = await openRenderCache(file);
    cache.set('one', body('<p>One</p>'));
    cache.set('two', body('<p>Two</p>'));
    await cache.save();
    cache.get('one');
    cache.get('two');
    writeFileSync(file, readFileSync(file));
    const written = statSync(file).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await cache.save();
    expect(statSync(file).mtimeMs).toBe(written);
    cache.get('two');
    await cache.save();
    expect(cache.get('one')).toBeUndefined();
    const reopened = await openRenderCache(file);
    expect(reopened.get('one')).toBeUndefined();
    expect(reopened.get('two')).toEqual(body('<p>Two</p>'));
  });

  it('starts empty from a file that is not a cache', async () => {
    const file = path.join(tempDir('render-cache'), 'rendered-bodies.bin');
    writeFileSync(file, 'not a cache');
    expect((await openRenderCache(file)).get('one')).toBeUndefined();
  });
});
