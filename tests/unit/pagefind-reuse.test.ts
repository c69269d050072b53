/**
 * Reusing search fragments, on small hand-made indexes in Pagefind's layout: what tidyAndKeep accepts, and what makes
 * it refuse (the caller then writes the index afresh). Real builds are covered by tests/build/incremental.test.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { IndexIncomplete, restoreKept, tidyAndKeep } from '../../src/integrations/pagefind-reuse.ts';
import { tempDir } from '../helpers/trees.ts';

const pack = (data: Uint8Array | string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(data)]));

/**
 * A site with two indexed pages and an index of `fragments` (name → the page URL inside it), and optionally word
 * chunks (name → the metadata's from and to, and the words inside) and filter chunks (name → the metadata's filter,
 * and the filter inside).
 */
function site(
  fragments: Record<string, string>,
  chunks: Record<string, { from: string; to: string; words: string[] }> = {},
  filters: Record<string, { named: string; holds: string }> = {},
) {
  const outDir = tempDir('timeline-fragments');
  const outputPath = path.join(outDir, 'pagefind');
  mkdirSync(path.join(outputPath, 'fragment'), { recursive: true });
  for (const page of ['a', 'b']) {
    mkdirSync(path.join(outDir, 'entries', page), { recursive: true });
    writeFileSync(path.join(outDir, 'entries', page, 'index.html'), `<h1>${page}</h1>`);
  }
  const names = Object.keys(fragments);
  writeFileSync(
    path.join(outputPath, 'pagefind-entry.json'),
    JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_meta', page_count: names.length } } }),
  );
  const chunkRows = Object.entries(chunks).map(([name, chunk]) => [chunk.from, chunk.to, name]);
  const filterRows = Object.entries(filters).map(([name, filter]) => [filter.named, name]);
  writeFileSync(
    path.join(outputPath, 'pagefind.en_meta.pf_meta'),
    pack(encode(['1.6.0', names.map((name) => [name, 1, '']), chunkRows, filterRows, []])),
  );
  for (const [name, url] of Object.entries(fragments))
    writeFileSync(path.join(outputPath, 'fragment', `${name}.pf_fragment`), pack(JSON.stringify({ url })));
  mkdirSync(path.join(outputPath, 'index'));
  mkdirSync(path.join(outputPath, 'filter'));
  for (const [name, chunk] of Object.entries(chunks))
    writeFileSync(
      path.join(outputPath, 'index', `${name}.pf_index`),
      pack(encode([chunk.words.map((word) => [word, [], []])])),
    );
  for (const [name, filter] of Object.entries(filters))
    writeFileSync(path.join(outputPath, 'filter', `${name}.pf_filter`), pack(encode([filter.holds, []])));
  return { outDir, outputPath, keptDir: path.join(outDir, 'kept') };
}

describe('tidyAndKeep', () => {
  it("keeps each fragment with its page and the page's stamp; a later build reuses the unchanged ones", async () => {
    const first = site({ en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' });
    expect(await tidyAndKeep(first.outDir, first.outputPath, first.keptDir, { linked: new Set() })).toEqual({
      written: 2,
      reused: 0,
    });
    const manifest = JSON.parse(readFileSync(path.join(first.keptDir, 'kept.json'), 'utf8')) as {
      pages: Record<string, { page: string }>;
    };
    expect(manifest.pages['fragment/en_aaaaaaa.pf_fragment']?.page).toBe('entries/a/index.html');
    // Page b changes: only a's fragment is linked into the next index.
    writeFileSync(path.join(first.outDir, 'entries/b/index.html'), '<h1>b, changed</h1>');
    const next = path.join(first.outDir, 'next-pagefind');
    const restored = await restoreKept(first.keptDir, first.outDir, next);
    expect([...restored.linked]).toEqual(['fragment/en_aaaaaaa.pf_fragment']);
    // A page written again as a new file is another file, whatever it holds: its fragment is made again.
    rmSync(path.join(first.outDir, 'entries/a/index.html'));
    writeFileSync(path.join(first.outDir, 'entries/a/index.html'), '<h1>a</h1>');
    rmSync(next, { recursive: true });
    expect((await restoreKept(first.keptDir, first.outDir, next)).linked.size).toBe(0);
  });

  it('refuses when a reused fragment name now belongs to another page (a short-hash collision)', async () => {
    const { outDir, outputPath, keptDir } = site({ en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' });
    await tidyAndKeep(outDir, outputPath, keptDir, { linked: new Set() });
    // Next build: b changed and took the name aaaaaaa, which was kept for a; a got a longer name.
    const next = site({ en_aaaaaaa: '/entries/b/', en_aaaaaaa1: '/entries/a/' });
    // As restoreKept hands it over: the linked name, and the pages the kept manifest gives.
    const { pages } = JSON.parse(readFileSync(path.join(keptDir, 'kept.json'), 'utf8')) as {
      pages: Record<string, { page: string; stamp: string }>;
    };
    const restored = { linked: new Set(['fragment/en_aaaaaaa.pf_fragment']), version: '1.6.0', pages };
    await expect(tidyAndKeep(outDir, next.outputPath, keptDir, restored)).rejects.toThrow(
      /two fragments name the same page/,
    );
  });

  it('refuses, before removing anything, when a referenced fragment is missing', async () => {
    const { outDir, outputPath, keptDir } = site({ en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' });
    writeFileSync(path.join(outputPath, 'fragment', 'en_stale00.pf_fragment'), 'old');
    const missing = path.join(outputPath, 'fragment', 'en_bbbbbbb.pf_fragment');
    rmSync(missing);
    await expect(tidyAndKeep(outDir, outputPath, keptDir, { linked: new Set() })).rejects.toThrow(IndexIncomplete);
    expect(existsSync(path.join(outputPath, 'fragment', 'en_stale00.pf_fragment'))).toBe(true);
  });

  it('refuses fragments kept by another Pagefind version', async () => {
    const { outDir, outputPath, keptDir } = site({ en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' });
    const restored = { linked: new Set(['fragment/en_aaaaaaa.pf_fragment']), version: '1.5.0' };
    await expect(tidyAndKeep(outDir, outputPath, keptDir, restored)).rejects.toThrow(/Pagefind 1.5.0, not 1.6.0/);
  });

  it('accepts reused word and filter chunks that hold what the metadata says, and refuses others', async () => {
    const pages = { en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' };
    const good = site(
      pages,
      { en_ccccccc: { from: 'ap', to: 'ba', words: ['apple', 'apricot', 'banana'] } },
      { en_ddddddd: { named: 'kind', holds: 'kind' } },
    );
    const linked = { linked: new Set(['index/en_ccccccc.pf_index', 'filter/en_ddddddd.pf_filter']), version: '1.6.0' };
    expect(await tidyAndKeep(good.outDir, good.outputPath, good.keptDir, linked)).toEqual({ written: 2, reused: 2 });
    const otherWords = site(pages, { en_ccccccc: { from: 'ap', to: 'ba', words: ['cherry', 'damson'] } });
    await expect(tidyAndKeep(otherWords.outDir, otherWords.outputPath, otherWords.keptDir, linked)).rejects.toThrow(
      /does not hold the words ap…ba/,
    );
    const otherFilter = site(pages, {}, { en_ddddddd: { named: 'kind', holds: 'person' } });
    await expect(tidyAndKeep(otherFilter.outDir, otherFilter.outputPath, otherFilter.keptDir, linked)).rejects.toThrow(
      /is not the filter "kind"/,
    );
  });

  it('records what a reused chunk holds, and refuses a record that is not what the metadata names', async () => {
    const pages = { en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' };
    const chunks = { en_ccccccc: { from: 'ap', to: 'ba', words: ['apple', 'apricot', 'banana'] } };
    const good = site(pages, chunks);
    const linked = new Set(['index/en_ccccccc.pf_index']);
    await tidyAndKeep(good.outDir, good.outputPath, good.keptDir, { linked, version: '1.6.0' });
    const { holds } = JSON.parse(readFileSync(path.join(good.keptDir, 'kept.json'), 'utf8')) as {
      holds: Record<string, unknown>;
    };
    expect(holds).toEqual({ 'index/en_ccccccc.pf_index': { first: 'apple', last: 'banana' } });
    // The record is trusted instead of the file: one that contradicts the metadata refuses the reuse.
    const again = site(pages, chunks);
    const recorded = { 'index/en_ccccccc.pf_index': { first: 'cherry', last: 'damson' } };
    await expect(
      tidyAndKeep(again.outDir, again.outputPath, again.keptDir, { linked, version: '1.6.0', holds: recorded }),
    ).rejects.toThrow(/does not hold the words ap…ba/);
  });

  it('keeps the new index: a kept file of the same name is replaced, one no longer referenced removed', async () => {
    const { outDir, outputPath, keptDir } = site({ en_aaaaaaa: '/entries/a/', en_bbbbbbb: '/entries/b/' });
    mkdirSync(path.join(keptDir, 'fragment'), { recursive: true });
    writeFileSync(path.join(keptDir, 'fragment', 'en_aaaaaaa.pf_fragment'), 'cut');
    writeFileSync(path.join(keptDir, 'fragment', 'en_gone000.pf_fragment'), 'old');
    await tidyAndKeep(outDir, outputPath, keptDir, { linked: new Set() });
    expect(readdirSync(path.join(keptDir, 'fragment')).sort()).toEqual([
      'en_aaaaaaa.pf_fragment',
      'en_bbbbbbb.pf_fragment',
    ]);
    // Kept as the very file published: a hard link, not a copy.
    const same = (name: string) =>
      statSync(path.join(keptDir, 'fragment', name)).ino === statSync(path.join(outputPath, 'fragment', name)).ino;
    expect(same('en_aaaaaaa.pf_fragment') && same('en_bbbbbbb.pf_fragment')).toBe(true);
  });
});
