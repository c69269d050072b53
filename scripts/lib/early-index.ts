/**
 * Indexing the entry pages while Astro still writes the other pages. `npm run build` builds the pages in one process
 * and the search index in another. Only entry pages are indexed, and Astro writes them before the people, storylines,
 * topics, years, feeds and data files (its routes go one after another); so the process that builds the pages says
 * when the last entry page is written, and the index begins then, unless Astro and Pagefind would not both fit in
 * memory (at 100,000 entries, Pagefind alone grows to 10 GiB).
 *
 * An index begun early is only kept when it read what the site ends up with: every entry page as it was when the
 * index began (the same file, size and time of modification), and no page the index selects written after that.
 * Otherwise the pages are indexed again once Astro is done, so the index is always the one a build that waited
 * would write.
 */
import { stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import path from 'node:path';
import { counted } from '../../src/core/counted.ts';
import { entryPath, translationPath } from '../../src/core/paths.ts';
import type { TimelineModel } from '../../src/core/index.ts';
import { onBuiltFile } from '../../src/integrations/linked-pages.ts';
import { startSearchIndex, type IndexLogger, type SearchIndexRun } from '../../src/integrations/pagefind.ts';

/** What the process that builds the pages says once every entry page is written. */
export interface EntryPagesWritten {
  kind: 'entry-pages-written';
  /** The entry pages, relative to the output folder. */
  files: string[];
  /** That process's memory then, in bytes. */
  rss: number;
}

/** Whether a message from the process that builds the pages says the entry pages are written. */
export function isEntryPagesWritten(message: unknown): message is EntryPagesWritten {
  return (message as Partial<EntryPagesWritten> | null)?.kind === 'entry-pages-written';
}

/** The entry pages a build of `model` writes, relative to its output folder: each entry's and each translation's. */
export function entryPageFiles(model: Pick<TimelineModel, 'entries' | 'translations'>): string[] {
  return [
    ...model.entries.map((entry) => `${entryPath(entry.id)}index.html`),
    ...model.translations.map((translation) => `${translationPath(translation.language, translation.id)}index.html`),
  ];
}

/**
 * In the process that builds the pages: calls `written` once every file of `expected` (relative to `outDir`) has
 * been written there, and from then on counts the files written that `glob` selects (an index begun then misses
 * them). With nothing expected it never calls `written`.
 */
export function watchEntryPages(
  outDir: string,
  expected: readonly string[],
  glob: string,
  written: () => void,
): { late: () => number } {
  const missing = new Set(expected.map((file) => path.resolve(outDir, file)));
  let ready = false;
  let late = 0;
  onBuiltFile((file) => {
    if (ready) {
      if (path.matchesGlob(path.relative(outDir, file), glob)) late++;
    } else if (missing.delete(file) && missing.size === 0) {
      ready = true;
      written();
    }
  });
  return { late: () => late };
}

/**
 * Bytes of memory Pagefind holds for each page it indexes: 114 KB measured at 10,000 entry pages (1.1 GB), about
 * 105 KB at 100,000 (10 GiB); rounded up.
 */
const PAGEFIND_BYTES_PER_PAGE = 120_000;

/**
 * The memory this process may use: the machine's, or less where a container or cgroup limits it (`totalmem` gives
 * the machine's even there).
 */
function usableMemory(): number {
  const limit = process.constrainedMemory();
  return limit > 0 ? Math.min(limit, totalmem()) : totalmem();
}

/**
 * Whether Pagefind may index `pages` pages while the process that builds the pages holds `rss` bytes: both together
 * must take at most half of the memory there is (`total`), leaving room for the rest Astro still renders.
 */
export function indexFitsBeside(pages: number, rss: number, total = usableMemory()): boolean {
  return rss + pages * PAGEFIND_BYTES_PER_PAGE <= total / 2;
}

/**
 * Each file's identity, size and time of modification, or `missing`; by its path relative to `outDir`. Not its
 * change time: Astro's cache takes a hard link to each page it rendered, which changes the page's change time (its
 * link count) but not the page.
 */
async function stamps(outDir: string, files: readonly string[]): Promise<Map<string, string>> {
  const found = await Promise.all(
    files.map(async (file) => {
      try {
        const { ino, size, mtimeMs } = await stat(path.join(outDir, file));
        return `${ino}:${size}:${mtimeMs}`;
      } catch {
        return 'missing';
      }
    }),
  );
  return new Map(files.map((file, index) => [file, found[index] ?? 'missing']));
}

const sameStamps = (before: Map<string, string>, after: Map<string, string>) =>
  before.size === after.size && [...before].every(([file, stamp]) => after.get(file) === stamp);

/** An index begun before Astro was done. */
export interface EarlyIndex {
  /** Resolves once the entry pages' stamps are taken and Pagefind has been asked to read the pages. */
  reading: Promise<void>;
  /**
   * Once Astro is done: writes the index begun early if every entry page is as it was when it began and `late` (the
   * pages the index selects written since) is 0; otherwise indexes the pages again. Throws on any error Pagefind
   * reports.
   */
  finish(late: number, logger: IndexLogger): Promise<void>;
  /** Stops it and removes what it wrote, when the build failed. */
  abandon(): Promise<void>;
}

/**
 * Begins the index of `outDir` (the pages `glob` selects) once the entry pages `files` are written, noting each
 * page's stamp first so that a page changed afterwards is noticed.
 */
export function startEarlyIndex(outDir: string, keptDir: string, glob: string, files: readonly string[]): EarlyIndex {
  const before = stamps(outDir, files);
  const run: Promise<SearchIndexRun> = before.then(() => startSearchIndex(outDir, keptDir, glob));
  return {
    reading: run.then(() => undefined),
    async finish(late, logger) {
      const begun = await run;
      if (late === 0 && sameStamps(await before, await stamps(outDir, files))) {
        logger.info(`search index: the ${counted(files.length, 'entry page')} read while Astro built the others`);
        return begun.finish(logger);
      }
      await begun.abandon();
      logger.info('pages the search index reads were written after it began to read them: indexing them again');
      await startSearchIndex(outDir, keptDir, glob).finish(logger);
    },
    async abandon() {
      await (await run).abandon();
    },
  };
}
