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

/** The Astro integration: index every built page that carries `data-pagefind-body`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'fact-timeline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          check('start', errors);
          if (!index) throw new Error('Pagefind could not start: no index was created');
          const added = await index.addDirectory({ path: outDir });
          check(`index ${outDir}`, added.errors);
          const outputPath = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          check('write the index', written.errors);
          const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          if (indexed === 0) throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body');
          logger.info(`search index: ${indexed} pages (of ${added.page_count} read)`);
        } finally {
          await close();
        }
      },
    },
  };
}
