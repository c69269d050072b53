/**
 * Builds the Pagefind search index at the end of `astro build`, into `<outDir>/pagefind/`. Any error Pagefind reports
 * fails the build (so a site is never published with a broken or missing index).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Throws with Pagefind's own messages when a step reported errors. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

export interface PagefindOptions {
  /** Which built files to index, relative to the output folder (Pagefind reads nothing else). */
  glob?: string;
}

/** The Astro integration: index the built pages `glob` selects, each by its `data-pagefind-body`. */
export default function pagefind({ glob = '**/*.html' }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'fact-timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          check('start', errors);
          if (!index) throw new Error('Pagefind could not start: no index was created');
          const added = await index.addDirectory({ path: outDir, glob });
          check(`index ${outDir}`, added.errors);
          const outputPath = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          check('write the index', written.errors);
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
