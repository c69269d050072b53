/**
 * The parse cache: a second run reads the same model, says every problem at the same place, and survives a bad cache.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/index.ts';
import { openLastingParseCache, openParseCache } from '../../src/core/parse-cache.ts';
import { yamlReaderVersion } from '../../src/core/read.ts';
import { contentTree, writeFiles } from '../helpers/trees.ts';

/** Loads a tree twice with one cache file; returns both models and the cache's size after the first run. */
async function twice(root: string) {
  const parseCache = path.join(root, 'cache', 'content-parse.bin');
  const first = await loadContent('content', root, { parseCache });
  const size = readFileSync(parseCache).length;
  const second = await loadContent('content', root, { parseCache });
  return { first, second, size, parseCache };
}

describe('the parse cache', () => {
  it('gives the same model on a second run as on the first', async () => {
    const { root } = contentTree();
    const { first, second, size } = await twice(root);
    expect(size).toBeGreaterThan(100);
    expect(first.diagnostics).toEqual([]);
    expect(second).toEqual(first);
  });

  it(
    'places a problem found after parsing (an unknown person) ' + 'at the same line and column from the cache',
    async () => {
      const { root, content } = contentTree();
      const file = path.join(content, 'entries/2025/2025-01-first.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('people: [jane-doe]', 'people: [jane-doe, john-roe]'));
      const { first, second } = await twice(root);
      expect(first.diagnostics).toEqual([
        expect.objectContaining({ file: 'content/entries/2025/2025-01-first.md', line: 7, field: 'people[1]' }),
      ]);
      expect(second.diagnostics).toEqual(first.diagnostics);
    },
  );

  it('parses a changed file again, and keeps no text that no longer exists', async () => {
    const { root, content } = contentTree();
    const { parseCache, size } = await twice(root);
    writeFiles(content, {
      'entries/2025/2025-01-first.md': readFileSync(
        path.join(content, 'entries/2025/2025-01-first.md'),
        'utf8',
      ).replace('title: The first thing', 'title: The first thing, renamed'),
    });
    const model = await loadContent('content', root, { parseCache });
    expect(model.entries[0]?.title).toBe('The first thing, renamed');
    // Same number of texts kept: the new one in, the old one out (sizes differ by the title's extra words only).
    expect(Math.abs(readFileSync(parseCache).length - size)).toBeLessThan(40);
  });

  it('leaves its file as it was after a run that parsed nothing, and drops a text no longer there', async () => {
    const { root, content } = contentTree();
    const { parseCache, size } = await twice(root);
    const stamp = () => {
      const { ino, mtimeMs } = statSync(parseCache);
      return `${ino}:${mtimeMs}`;
    };
    const kept = stamp();
    await loadContent('content', root, { parseCache });
    expect(stamp()).toBe(kept);
    rmSync(path.join(content, 'entries/2025/2025-02-03-second.md'));
    await loadContent('content', root, { parseCache });
    expect(stamp()).not.toBe(kept);
    expect(readFileSync(parseCache).length).toBeLessThan(size);
  });

  it('never keeps text that did not parse, so its problem is reported on every run', async () => {
    const { root, content } = contentTree();
    writeFiles(content, { 'entries/2025/2025-03-broken.md': '---\ntitle: "never closed\ndate: 2025-03\n---\nBody.\n' });
    const { first, second } = await twice(root);
    expect(first.diagnostics.map((d) => d.rule)).toContain('yaml-syntax');
    expect(second.diagnostics).toEqual(first.diagnostics);
  });

  it('ignores a cache written by another reader, and one that is not a cache at all', async () => {
    const { root } = contentTree();
    const parseCache = path.join(root, 'content-parse.bin');
    const clean = await loadContent('content', root);
    // A poisoned cache claims the entries' frontmatter parses to nothing: used, it empties them.
    const poison = async (version: string) => {
      const cache = await openParseCache(parseCache, version);
      for (const file of ['entries/2025/2025-01-first.md', 'entries/2025/2025-02-03-second.md']) {
        const text = readFileSync(path.join(root, 'content', file), 'utf8');
        // The frontmatter as gray-matter hands it over: from the newline after the opening ---, to the last field.
        cache.set(text.slice(3, text.indexOf('\n---', 3)), {});
      }
      await cache.save();
    };
    await poison(yamlReaderVersion());
    expect((await loadContent('content', root, { parseCache })).diagnostics.some((d) => d.field === 'title')).toBe(
      true,
    );
    await poison('another reader');
    expect(await loadContent('content', root, { parseCache })).toEqual(clean);
    writeFileSync(parseCache, 'not a cache');
    expect(await loadContent('content', root, { parseCache })).toEqual(clean);
    writeFileSync(parseCache, serialize({ version: 'x' }));
    expect(await loadContent('content', root, { parseCache })).toEqual(clean);
  });
});

describe('the lasting parse cache of the dev server', () => {
  it('serves every run from memory, parses only a changed text again, and hands out copies', async () => {
    const { root, content } = contentTree();
    const file = path.join(root, 'cache', 'content-parse.bin');
    const cache = await openLastingParseCache(file, yamlReaderVersion());
    const first = await loadContent('content', root, { parseCache: cache });
    // Written once, so the next start of the server is quick too.
    expect(readFileSync(file).length).toBeGreaterThan(100);
    first.entries[0]?.people.push('changed-by-a-caller');
    const second = await loadContent('content', root, { parseCache: cache });
    expect(second.entries[0]?.people).toEqual(['jane-doe']);
    const entry = path.join(content, 'entries/2025/2025-01-first.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('title: The first thing', 'title: Renamed'));
    const third = await loadContent('content', root, { parseCache: cache });
    expect(third.entries.map((e) => e.title)).toContain('Renamed');
    expect(third.diagnostics).toEqual(first.diagnostics);
  });
});
