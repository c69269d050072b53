/**
 * Astro's incremental build restores each unchanged page by copying it from its cache folder (at 10,000 entries,
 * 11,400 pages and 400 MB, 4–21 s of a rebuild depending on how busy the disk is). Astro 7 has no option to link
 * them instead, so the process that runs Astro for `npm run build` (build-site.ts) lets it link them here.
 *
 * A link is only safe if neither copy is ever rewritten in place, or the next build would change the pages of the
 * site already published. Astro writes its cache copy of a page it rendered with `writeFile` over the old copy, so
 * that write goes to a new file renamed over the old one: the published page keeps its own file. Nothing else
 * writes a built page in place (Pagefind writes only its own new files, the sitemap new ones).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A path Astro passes to `fs` (a string, a `file:` URL or a Buffer) as a string, if it is one. */
function pathOf(file: unknown): string | undefined {
  if (typeof file === 'string') return file;
  if (file instanceof URL) return file.protocol === 'file:' ? fileURLToPath(file) : undefined;
  return undefined;
}

/**
 * From now on in this process, a file copied out of `cachedPages` (Astro's cache of built pages) is linked where
 * the copy should go (copied still where a link is impossible), and a file written into it replaces the old one.
 */
export function linkCachedPages(cachedPages: string): void {
  const folder = path.resolve(cachedPages) + path.sep;
  const inCache = (file: unknown) => pathOf(file)?.startsWith(folder) ?? false;
  const { promises } = fs;
  const { copyFile, writeFile } = promises;
  let written = 0;

  promises.copyFile = async (source, destination, mode) => {
    if (!inCache(source)) return copyFile(source, destination, mode);
    // Another disk, or a file system without hard links: the copy Astro asked for.
    await promises.link(source, destination).catch(() => copyFile(source, destination, mode));
  };
  promises.writeFile = async (file, data, options) => {
    const target = pathOf(file);
    if (target === undefined || !inCache(file)) return writeFile(file, data, options);
    const temporary = `${target}.${process.pid}-${written++}.tmp`;
    try {
      await writeFile(temporary, data, options);
      await promises.rename(temporary, target);
    } finally {
      await promises.rm(temporary, { force: true });
    }
  };
}
