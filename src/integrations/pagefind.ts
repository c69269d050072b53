/**
 * Builds the Pagefind search index at the end of `astro build`, into `<outDir>/pagefind/`. Any error Pagefind reports
 * fails the build (so a site is never published with a broken or missing index). The hashed files of the last index
 * are kept in Astro's cache folder, so a rebuild compresses only what changed (src/integrations/pagefind-reuse.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { keepHashedFiles, pruneUnreferenced, restoreHashedFiles } from './pagefind-reuse.ts';

/** Throws with Pagefind's own messages when a step reported errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

export interface PagefindOptions {
  /** Which built files to index, relative to the output folder (Pagefind reads nothing else). */
  glob?: string;
}

/**
 * Writes the index into `outputPath`, starting from the files kept in `keptDir`, and keeps the new index's files there.
 * Whatever goes wrong with the kept files costs time, never correctness: the index is then written afresh.
 */
async function writeIndex(index: PagefindIndex, outputPath: string, keptDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const reused = await restoreHashedFiles(keptDir, outputPath).catch(() => 0);
  check('write the index', (await index.writeFiles({ outputPath })).errors);
  let tidied = await pruneUnreferenced(outputPath).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  if (tidied instanceof Error && reused > 0) {
    logger.warn(`the kept search index files could not be reused (${tidied.message}); writing the index afresh`);
    await rm(outputPath, { recursive: true, force: true });
    check('write the index', (await index.writeFiles({ outputPath })).errors);
    tidied = await pruneUnreferenced(outputPath).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  }
  if (tidied instanceof Error) {
    // The index is complete as Pagefind wrote it; only the next build's head start is lost.
    logger.warn(`the search index files are not kept for the next build: ${tidied.message}`);
    await rm(keptDir, { recursive: true, force: true });
    return;
  }
  await keepHashedFiles(outputPath, keptDir);
  if (reused > 0) logger.info(`search index: ${tidied.kept - (reused - tidied.removed)} files written, ${reused - tidied.removed} reused from the last build`);
}

/** The Astro integration: index the built pages `glob` selects, each by its `data-pagefind-body`. */
export default function pagefind({ glob = '**/*.html' }: PagefindOptions = {}): AstroIntegration {
  let keptDir = '';
  return {
    name: 'fact-timeline:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        keptDir = fileURLToPath(new URL('pagefind-kept/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          check('start', errors);
          if (!index) throw new Error('Pagefind could not start: no index was created');
          const added = await index.addDirectory({ path: outDir, glob });
          check(`index ${outDir}`, added.errors);
          const outputPath = path.join(outDir, 'pagefind');
          await writeIndex(index, outputPath, keptDir, logger);
          const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          // An empty timeline (a story just set up) is fine; search then simply finds nothing.
          if (indexed === 0) logger.warn('the search index is empty: no entry is published yet');
          else logger.info(`search index: ${indexed} pages (of ${added.page_count} read)`);
        } finally {
          await close();
        }
      },
    },
  };
}
