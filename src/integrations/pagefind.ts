/**
 * Builds the Pagefind search index into `<outDir>/pagefind/`: at the end of `astro build`, or for `npm run build` once
 * the process that ran Astro has ended (scripts/build.ts). Any error Pagefind reports fails the build (so a site is
 * never published with a broken or missing index). The files of the last index are kept in Astro's cache folder, so
 * a rebuild compresses only what changed (src/integrations/pagefind-reuse.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { errorMessage } from '../core/errors.ts';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { IndexIncomplete, restoreKept, tidyAndKeep, type Restored } from './pagefind-reuse.ts';
import { counted } from '../core/counted.ts';

/** What an editor can do when the search index fails: dist/ is untouched, and a clean build rules out the cache. */
const INDEX_HINT =
  '`npm run build` leaves the site last published in dist/ as it was. ' +
  'Build again; if it fails again, delete node_modules/.astro/ (the build cache) for a clean build.';

/** Throws with Pagefind's own messages when a step reported errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length)
    throw new AstroError(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`, INDEX_HINT);
}

export interface PagefindOptions {
  /** Which built files to index, relative to the output folder (Pagefind reads nothing else). */
  glob?: string;
}

/**
 * The pages the site's index is made of: entry pages, in every language. The other pages hold no
 * `data-pagefind-body`, and reading them cost Pagefind 1,400 pages more at 10,000 entries.
 */
export const ENTRY_PAGES = '{entries,*/entries}/*/index.html';

/** Links the kept index files into `outputPath` (restoreKept); on any failure none, and nothing half linked. */
async function restoreOrNothing(keptDir: string, outDir: string, outputPath: string): Promise<Restored> {
  try {
    return await restoreKept(keptDir, outDir, outputPath);
  } catch {
    await rm(outputPath, { recursive: true, force: true });
    return { linked: new Set() };
  }
}

/**
 * Writes the index into `outputPath`, with the files `restored` from the last build where that is safe, and keeps the
 * new index's files in `keptDir`. Whatever goes wrong with the kept files costs time, never correctness: the index
 * is then written afresh (see afterFreshWrite for what a fresh index may still fail on).
 */
async function writeIndex(
  index: PagefindIndex,
  outDir: string,
  outputPath: string,
  keptDir: string,
  logger: IndexLogger,
  restored: Restored,
): Promise<void> {
  const none: Restored = { linked: new Set() };
  check('write the index', (await index.writeFiles({ outputPath })).errors);
  try {
    const { written, reused } = await tidyAndKeep(outDir, outputPath, keptDir, restored);
    if (reused > 0)
      logger.info(`search index: ${counted(written, 'file')} written, ${reused} reused from the last build`);
    return;
  } catch (error) {
    if (restored.linked.size === 0) return afterFreshWrite(keptDir, logger, error);
    logger.warn(`the kept search index files could not be reused (${errorMessage(error)}); writing the index afresh`);
  }
  await rm(outputPath, { recursive: true, force: true });
  check('write the index', (await index.writeFiles({ outputPath })).errors);
  await tidyAndKeep(outDir, outputPath, keptDir, none).catch((error: unknown) =>
    afterFreshWrite(keptDir, logger, error),
  );
}

/**
 * A freshly written index could not be checked or kept: one that lacks files or pages fails the build; otherwise
 * (another Pagefind layout, a cache on a disk without hard links) it is complete as Pagefind wrote it, and only the
 * kept files are dropped, so the next build starts afresh.
 */
async function afterFreshWrite(keptDir: string, logger: IndexLogger, error: unknown): Promise<void> {
  await rm(keptDir, { recursive: true, force: true });
  if (error instanceof IndexIncomplete)
    throw new AstroError(`The search index Pagefind wrote is incomplete: ${error.message}`, INDEX_HINT);
  logger.warn(`the search index files are not kept for the next build: ${errorMessage(error)}`);
}

/** Where a log line of the index goes: Astro's logger in a build, the console when `npm run build` indexes. */
export type IndexLogger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Set by `npm run build` for the process that runs Astro: the index is then built by `npm run build` itself once that
 * process has ended, so Astro's memory is free while Pagefind holds the whole index in its own (at 100,000 entries,
 * Pagefind's indexer grew to 10 GiB while the process that had run Astro still held 4.5 GiB).
 */
export const INDEX_AFTER_BUILD = 'TIMELINE_INDEX_AFTER_BUILD';

/** The folder that keeps the last index's files for the next build, in a build cache folder. */
export const keptIndexDir = (cacheDir: string): string => path.join(cacheDir, 'pagefind-kept');

/** A search index under way: reading the pages, then written into the site by `finish`, or dropped by `abandon`. */
export interface SearchIndexRun {
  /** Writes the index, reusing the kept files where that is safe, and keeps its files; throws on any error. */
  finish(logger: IndexLogger): Promise<void>;
  /** Stops Pagefind, whatever it was doing, and removes what the run put into the site. */
  abandon(): Promise<void>;
}

/**
 * Starts indexing the built pages of `outDir` that `glob` selects, each by its `data-pagefind-body`, into
 * `<outDir>/pagefind/`, reusing the files kept in `keptDir` where that is safe. Pagefind reads the pages at once, in a
 * process of its own: `npm run build` starts it while Astro still writes the pages that are not indexed.
 */
export function startSearchIndex(outDir: string, keptDir: string, glob: string): SearchIndexRun {
  const outputPath = path.join(outDir, 'pagefind');
  const started = createIndex({}).then(({ index, errors }) => {
    check('start', errors);
    if (!index) throw new AstroError('Pagefind could not start: no index was created', INDEX_HINT);
    return index;
  });
  // The kept files are checked and linked in while Pagefind reads the pages in its own process (0.8 s of 8.5 s at
  // 10,000 entries).
  const restoring = restoreOrNothing(keptDir, outDir, outputPath);
  const adding = started.then((index) => index.addDirectory({ path: outDir, glob }));
  // Awaited by finish; a run that is abandoned never awaits it.
  adding.catch(() => undefined);
  return {
    async finish(logger) {
      try {
        // Both are waited for, so nothing still writes into the site when the caller deletes it.
        const [, added] = await Promise.allSettled([restoring, adding]);
        if (added.status === 'rejected') throw added.reason;
        check(`index ${outDir}`, added.value.errors);
        await writeIndex(await started, outDir, outputPath, keptDir, logger, await restoring);
        await reportIndexed(outputPath, added.value.page_count, logger);
      } finally {
        await close();
      }
    },
    async abandon() {
      await close();
      await restoring;
      await rm(outputPath, { recursive: true, force: true });
    },
  };
}

/** Says how many pages the written index holds, and warns when it holds none. */
async function reportIndexed(outputPath: string, read: number, logger: IndexLogger): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  // An empty timeline (a story just set up) is fine; search then simply finds nothing.
  if (indexed === 0) logger.warn('the search index is empty: no entry is published yet');
  else logger.info(`search index: ${indexed} pages (of ${read} read)`);
}

/**
 * Indexes the built pages of `outDir` that `glob` selects into `<outDir>/pagefind/` (startSearchIndex, then finish).
 * Throws on any error Pagefind reports.
 */
export async function buildSearchIndex(
  outDir: string,
  keptDir: string,
  logger: IndexLogger,
  glob: string,
): Promise<void> {
  await startSearchIndex(outDir, keptDir, glob).finish(logger);
}

/**
 * The Astro integration: index the built pages `glob` selects at the end of `astro build`, unless `npm run build`
 * said it indexes them itself (INDEX_AFTER_BUILD).
 */
export default function pagefind({ glob = '**/*.html' }: PagefindOptions = {}): AstroIntegration {
  let keptDir = '';
  return {
    name: 'fact-timeline:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        keptDir = keptIndexDir(fileURLToPath(config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD] === '1') return;
        await buildSearchIndex(fileURLToPath(dir), keptDir, logger, glob);
      },
    },
  };
}
