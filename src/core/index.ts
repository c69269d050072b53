/**
 * The content core: `loadContent(dir)` gives the resolved model
 * and every diagnostic, for the site and the scripts alike.
 */
import path from 'node:path';
import { collectContent } from './collect.ts';
import { editorialWarnings, type EditorialOptions } from './editorial.ts';
import type { FileMemo } from './file-memo.ts';
import type { TimelineModel } from './model.ts';
import { openParseCache, type ParseCache } from './parse-cache.ts';
import { yamlReaderVersion } from './read.ts';
import { resolveContent } from './resolve.ts';
import { deadLinkWarnings } from './sources/link-warnings.ts';

export { readSiteSettings } from './collect.ts';
export { openLastingParseCache, type ParseCache } from './parse-cache.ts';
export { fileMemo, type FileMemo } from './file-memo.ts';
export { isContentFile } from './collect-entries.ts';
export { yamlReaderVersion } from './read.ts';
export { contentFolder, contentOverride } from './content-folder.ts';
export { errorMessage, errorReport } from './errors.ts';
export { ContentError, formatDiagnostic, formatReport, hasErrors, type Diagnostic } from './diagnostics.ts';
export type * from './model.ts';

export interface LoadOptions extends EditorialOptions {
  /** Add editorial warnings (missing archive links, long summaries, …) to the diagnostics, as `npm run check` does. */
  editorial?: boolean;
  /**
   * A file that keeps parsed frontmatter between runs, so unchanged
   * files are not parsed again (src/core/parse-cache.ts), or a cache already open (the dev server keeps one).
   */
  parseCache?: string | ParseCache;
  /** What each entry file gave in the last run of a long-running process, so unchanged files are not read again. */
  fileMemo?: FileMemo;
}

/** Reads, validates and resolves a content folder (default `content/` in the working directory). */
export async function loadContent(
  contentDir = 'content',
  projectRoot = process.cwd(),
  options: LoadOptions = {},
): Promise<TimelineModel> {
  const cache =
    typeof options.parseCache === 'string'
      ? await openParseCache(options.parseCache, yamlReaderVersion())
      : options.parseCache;
  // Editorial warnings (often one for most entries: sources without an archived copy) find their line and column in
  // each file's own parse; data parsed on workers would have to be parsed again for that, which costs more than the
  // workers save (`npm run check` at 10,000 entries with 25,000 warnings: 8.2-9.7 s with them, 6.8-7.5 s without).
  const collected = await collectContent(path.resolve(projectRoot, contentDir), projectRoot, cache, options.fileMemo, {
    parseOnWorkers: !options.editorial,
  });
  await cache?.save();
  if (options.editorial) {
    collected.diagnostics.push(...editorialWarnings(collected.entries, options));
    const days = collected.site?.deadLinkDays ?? 7;
    collected.diagnostics.push(...deadLinkWarnings(collected.entries, collected.linkChecks, days));
  }
  return resolveContent(collected);
}
