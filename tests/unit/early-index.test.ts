/**
 * The search index begun while Astro still writes the other pages (scripts/lib/early-index.ts), with the real Pagefind
 * on small hand-made sites: it is kept only if the pages it read are what the site ends up with, and is then the same
 * index as one begun afterwards. Whole builds take this path in tests/build/incremental.test.ts.
 */
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexFitsBeside, startEarlyIndex } from '../../scripts/lib/early-index.ts';
import { buildSearchIndex, ENTRY_PAGES, type IndexLogger } from '../../src/integrations/pagefind.ts';
import { fingerprint } from '../helpers/build.ts';
import { tempDir } from '../helpers/trees.ts';

const page = (words: string) =>
  `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${words}</h1></main></body></html>`;

/** A built site of entry pages (id → words), and the entry pages' paths as the build names them. */
function site(pages: Record<string, string>): { outDir: string; keptDir: string; files: string[] } {
  const root = tempDir('timeline-early-index');
  const outDir = path.join(root, 'dist');
  for (const [id, words] of Object.entries(pages)) writePage(outDir, id, words);
  return {
    outDir,
    keptDir: path.join(root, 'kept'),
    files: Object.keys(pages).map((id) => `entries/${id}/index.html`),
  };
}

function writePage(outDir: string, id: string, words: string): void {
  mkdirSync(path.join(outDir, 'entries', id), { recursive: true });
  writeFileSync(path.join(outDir, 'entries', id, 'index.html'), page(words));
}

/** What the index's fragments hold of their pages, sorted. */
function indexedText(outDir: string): string[] {
  const folder = path.join(outDir, 'pagefind/fragment');
  return readdirSync(folder)
    .map((name) => {
      const data = gunzipSync(readFileSync(path.join(folder, name))).subarray('pagefind_dcd'.length);
      return (JSON.parse(data.toString('utf8')) as { content: string }).content;
    })
    .sort();
}

function logger(): IndexLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line) };
}

/**
 * Begins an index of a site of `pages`, does `meanwhile` to the site once Pagefind reads it, and finishes with `late`
 * pages said to have been written late; the site's folder and what the index logged.
 */
async function indexWhile(
  pages: Record<string, string>,
  late: number,
  meanwhile: (outDir: string) => unknown,
): Promise<{ outDir: string; log: string }> {
  const { outDir, keptDir, files } = site(pages);
  const early = startEarlyIndex(outDir, keptDir, ENTRY_PAGES, files);
  await early.reading;
  await meanwhile(outDir);
  const log = logger();
  await early.finish(late, log);
  return { outDir, log: log.lines.join('\n') };
}

describe('an index begun while the other pages are built', () => {
  it('is kept when no entry page changed, and is the index a build begun afterwards writes', async () => {
    const early = site({ a: 'Apple pie', b: 'Banana bread' });
    const after = tempDir('timeline-early-index');
    cpSync(early.outDir, after, { recursive: true });
    const log = logger();
    await startEarlyIndex(early.outDir, early.keptDir, ENTRY_PAGES, early.files).finish(0, log);
    await buildSearchIndex(after, path.join(after, '..', 'kept-after'), logger(), ENTRY_PAGES);
    expect(log.lines.join('\n')).not.toMatch(/again/);
    expect(log.lines).toContain('search index: the 2 entry pages read while Astro built the others');
    expect(indexedText(early.outDir)).toEqual(['Apple pie.', 'Banana bread.']);
    expect(fingerprint(path.join(early.outDir, 'pagefind'))).toEqual(fingerprint(path.join(after, 'pagefind')));
  });

  it('is kept when a page only got another link (Astro links each page it rendered into its cache)', async () => {
    const { outDir, log } = await indexWhile({ a: 'Apple pie' }, 0, async (outDir) => {
      // A new link changes the page's change time, not the page.
      await new Promise((resolve) => setTimeout(resolve, 20));
      linkSync(path.join(outDir, 'entries/a/index.html'), path.join(outDir, '..', 'cached-a.html'));
    });
    expect(log).not.toMatch(/again/);
    expect(indexedText(outDir)).toEqual(['Apple pie.']);
  });

  it('indexes the pages again when an entry page was written after it began to read them', async () => {
    const pages = { a: 'Apple pie', b: 'Banana bread' };
    const { outDir, log } = await indexWhile(pages, 0, (outDir) => writePage(outDir, 'b', 'Cherry tart'));
    expect(log).toMatch(/indexing them again/);
    expect(indexedText(outDir)).toEqual(['Apple pie.', 'Cherry tart.']);
  });

  it('indexes the pages again when a page it selects was written after it began', async () => {
    // The process that built the pages counted one such page written after it said the entry pages were written.
    const { outDir, log } = await indexWhile({ a: 'Apple pie' }, 1, (outDir) =>
      writePage(outDir, 'late', 'Damson jam'),
    );
    expect(log).toMatch(/indexing them again/);
    expect(indexedText(outDir)).toEqual(['Apple pie.', 'Damson jam.']);
  });

  it('leaves nothing of the index in the site when the build fails, not even the kept files', async () => {
    const { outDir, keptDir, files } = site({ a: 'Apple pie' });
    await buildSearchIndex(outDir, keptDir, logger(), ENTRY_PAGES);
    rmSync(path.join(outDir, 'pagefind'), { recursive: true });
    const early = startEarlyIndex(outDir, keptDir, ENTRY_PAGES, files);
    await early.reading;
    await early.abandon();
    expect(readdirSync(outDir)).toEqual(['entries']);
  });
});

describe('indexFitsBeside', () => {
  const GB = 1e9;
  it('begins early when Pagefind and Astro together take at most half the memory', () => {
    // 10,000 entry pages (about 1.2 GB for Pagefind) beside 1.5 GB of Astro, on this project's 23 GB machine.
    expect(indexFitsBeside(10_000, 1.5 * GB, 23 * GB)).toBe(true);
    // 100,000 entry pages (about 12 GB) beside 4.5 GB: after Astro has ended, as before.
    expect(indexFitsBeside(100_000, 4.5 * GB, 23 * GB)).toBe(false);
    // 10,000 entry pages on a 4 GB machine.
    expect(indexFitsBeside(10_000, 1.5 * GB, 4 * GB)).toBe(false);
  });
});
