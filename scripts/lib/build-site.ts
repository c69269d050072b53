/**
 * The process `npm run build` (scripts/build.ts) starts to check the content and build the pages with Astro into
 * `<outDir>.next/`, without the search index: it ends before the index is built, so its memory is free by then.
 * Astro runs in this process and is handed the checked content, so the files are read once. It tells its parent when
 * the last entry page is written (the index can begin then: early-index.ts), and on success the number of entries
 * and translations built; on failure it removes what it wrote and says why.
 */
import { rm } from 'node:fs/promises';
import { build } from 'astro';
import { errorReport, formatReport, hasErrors, loadContent } from '../../src/core/index.ts';
import { parseCacheFile } from '../../src/lib/cache-dir.ts';
import { contentDirectory, preloadModel } from '../../src/loaders/timeline-loader.ts';
import { ENTRY_PAGES } from '../../src/integrations/pagefind.ts';
import { buildOptions, siteFolders, whatWasKept, type BuiltCounts } from './build-folders.ts';
import { entryPageFiles, watchEntryPages, type EntryPagesWritten } from './early-index.ts';

const options = buildOptions(process.argv.slice(2));
const root = process.cwd();
const { finalDir, nextDir } = siteFolders(root, options.outDir);

const contentDir = contentDirectory(new URL(`file://${root}/`));
const model = await loadContent(contentDir, root, { parseCache: parseCacheFile(root) });
if (model.diagnostics.length) console.error(formatReport(model.diagnostics));
if (hasErrors(model.diagnostics)) {
  console.error(`\nThe build stopped: fix the errors above. ${whatWasKept(root, finalDir)}`);
  process.exit(1);
}
if (!model.site.url && !options.site) {
  console.warn(
    'Note: content/site.yaml has no url, so feeds and the sitemap use http://localhost:4321, and pages give their ' +
      'addresses as paths on the site, without link-preview images. Set url before publishing.',
  );
}
preloadModel(contentDir, model);
const entryPages = entryPageFiles(model);
const entryPagesWatch = watchEntryPages(nextDir, entryPages, ENTRY_PAGES, () => {
  const written: EntryPagesWritten = { kind: 'entry-pages-written', files: entryPages, rss: process.memoryUsage().rss };
  process.send?.(written);
});

await rm(nextDir, { recursive: true, force: true });
try {
  await build({
    root,
    outDir: nextDir,
    ...(options.base ? { base: options.base } : {}),
    ...(options.site ? { site: options.site } : {}),
  });
} catch (error) {
  await rm(nextDir, { recursive: true, force: true });
  console.error(`\n${errorReport(error)}\n\nThe build failed. ${whatWasKept(root, finalDir)}`);
  process.exit(1);
}
const counts: BuiltCounts = {
  entries: model.entries.length,
  translations: model.translations.length,
  lateEntryPages: entryPagesWatch.late(),
};
// Astro's and the content's memory go with the process, once the parent has the counts: the index is finished after.
if (process.send) process.send(counts, () => process.exit(0));
else process.exit(0);
