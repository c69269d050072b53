/**
 * Where builds keep what they reuse (Astro's content store and incremental pages, the kept search index files, the
 * parsed frontmatter): Astro's own cache folder for the site's content, and one folder per other content tree
 * (tests, benchmarks), so builds of different trees never disturb each other's cache.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { contentOverride } from '../core/content-folder.ts';

/** Astro's default cache folder, relative to the project root. */
const DEFAULT_CACHE_DIR = 'node_modules/.astro/';

/** The cache folder for the content tree named by `override` (TIMELINE_CONTENT), relative to the project root. */
export function treeCacheDir(override: string | undefined = contentOverride()): string {
  if (!override) return DEFAULT_CACHE_DIR;
  return `${DEFAULT_CACHE_DIR}trees/${createHash('sha256').update(path.resolve(override)).digest('hex').slice(0, 16)}/`;
}

/** The file that keeps parsed frontmatter between runs, for the content tree named by `override`. */
export function parseCacheFile(root: string, override: string | undefined = contentOverride()): string {
  return path.join(root, treeCacheDir(override), 'content-parse.bin');
}

/** The file that keeps rendered entry bodies between runs, for the content tree named by `override`. */
export function renderCacheFile(root: string, override: string | undefined = contentOverride()): string {
  return path.join(root, treeCacheDir(override), 'rendered-bodies.bin');
}
