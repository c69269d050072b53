/**
 * `npm run build`: checks the content, builds the site into a fresh folder, and only then replaces `dist/`.
 * A failed build (bad content, a failing page, a failing search index) leaves the last good `dist/` as it was.
 * Options: `--base /timeline/` (a site served under a sub-path), `--site https://example.org` (its address),
 * `--outDir DIR` (somewhere other than dist/). The content is checked and the pages built by a process of its own
 * (scripts/lib/build-site.ts); the search index is built here: begun once that process has written the entry pages
 * when both fit in memory, otherwise once it has ended (scripts/lib/early-index.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../src/core/errors.ts';
import { treeCacheDir } from '../src/lib/cache-dir.ts';
import {
  buildSearchIndex,
  ENTRY_PAGES,
  INDEX_AFTER_BUILD,
  keptIndexDir,
  type IndexLogger,
} from '../src/integrations/pagefind.ts';
import { counted } from '../src/core/counted.ts';
import {
  BUILD_OPTIONS,
  BUILD_USAGE,
  isReplacedSite,
  siteFolders,
  whatWasKept,
  type BuildOptions,
  type BuiltCounts,
} from './lib/build-folders.ts';
import { commandOptions } from './lib/command-options.ts';
import {
  indexFitsBeside,
  isEntryPagesWritten,
  startEarlyIndex,
  type EarlyIndex,
  type EntryPagesWritten,
} from './lib/early-index.ts';

/**
 * Deletes a folder in a process of its own: the new site is already in place, and deleting the last one (11,500
 * pages at 10,000 entries) would keep the editor waiting another second or two for nothing.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })';
  const child = spawn(process.execPath, ['-e', script, dir], { detached: true, stdio: 'ignore', windowsHide: true });
  // The new site is published either way; a folder not deleted now is deleted by the next build.
  child.on('error', () => undefined);
  child.unref();
}

/**
 * Deletes old sites an earlier build left (its deletion
 * interrupted, or still running), and `dist.old` of older versions.
 */
async function removeLeftovers(dir: string): Promise<void> {
  const names = await readdir(path.dirname(dir)).catch(() => [] as string[]);
  const removals = names
    .filter((name) => isReplacedSite(dir, name))
    .map((name) => rm(path.join(path.dirname(dir), name), { recursive: true, force: true, maxRetries: 3 }));
  // Only tidying: a folder that cannot be deleted now is tried again by the next build.
  await Promise.allSettled(removals);
}

/** The search index, when it was begun while the pages were still being built. */
let earlyIndex: EarlyIndex | undefined;

/** Begins the search index now that the entry pages are written, if Pagefind fits in memory beside Astro. */
function beginIndex({ files, rss }: EntryPagesWritten): void {
  if (!indexFitsBeside(files.length, rss)) return;
  // Said when it is finished, not now: a line now would land in the middle of one of Astro's.
  earlyIndex = startEarlyIndex(nextDir, keptDir, ENTRY_PAGES, files);
}

/**
 * Checks the content and builds the pages into `nextDir` in a process of its own, which says why when it fails;
 * resolves to what it built, or `undefined` once it failed and removed what it wrote (and the index begun early).
 */
function buildPages(args: string[], nextDir: string): Promise<BuiltCounts | undefined> {
  const script = fileURLToPath(new URL('lib/build-site.ts', import.meta.url));
  return new Promise((resolve) => {
    let built: BuiltCounts | undefined;
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [INDEX_AFTER_BUILD]: '1' },
    });
    child.on('message', (message) => {
      if (isEntryPagesWritten(message)) beginIndex(message);
      else built = message as BuiltCounts;
    });
    child.on('error', (error) => {
      console.error(
        `\nThe pages could not be built: ${error.message}\n\nThe build failed. ${whatWasKept(root, finalDir)}`,
      );
      resolve(undefined);
    });
    child.on('exit', (code, signal) => {
      if (code === 0 && built) return resolve(built);
      // Ended by a signal (out of memory, or stopped), it could not say why nor tidy up.
      if (signal)
        console.error(
          `\nThe process building the pages was ended (${signal}).\n\nThe build failed. ${whatWasKept(root, finalDir)}`,
        );
      const abandoned = earlyIndex?.abandon().catch(() => undefined);
      void Promise.resolve(abandoned)
        .then(() => rm(nextDir, { recursive: true, force: true }))
        .then(() => resolve(undefined));
    });
  });
}

/** The index's log lines, as Astro prints an integration's. */
const stamped = (message: string) => `${new Date().toLocaleTimeString('en-GB')} [fact-timeline:pagefind] ${message}`;
const indexLog: IndexLogger = {
  info: (message) => console.log(stamped(message)),
  warn: (message) => console.warn(stamped(message)),
};

/** What a failed build prints: the error, its hint where it has one (an AstroError), and that `dist/` is kept. */
function failure(error: unknown, root: string, finalDir: string): string {
  const hint = error instanceof Error && 'hint' in error && typeof error.hint === 'string' ? `\n${error.hint}` : '';
  return `\n${errorMessage(error)}${hint}\n\nThe build failed. ${whatWasKept(root, finalDir)}`;
}

const args = process.argv.slice(2);
// The process that builds the pages reads the same options (buildOptions); --help ends here.
const options: BuildOptions = commandOptions(BUILD_OPTIONS, BUILD_USAGE, args);
const root = process.cwd();
const { finalDir, nextDir } = siteFolders(root, options.outDir);
/** Where the last site goes when the new one takes its place; each build has its own, deleted after the swap. */
const oldDir = `${finalDir}.old-${Date.now()}`;
/** The files of the last search index, kept for the next one. */
const keptDir = keptIndexDir(path.join(root, treeCacheDir()));

// Old sites earlier builds left are deleted while this one builds.
const leftovers = removeLeftovers(finalDir);
const built = await buildPages(args, nextDir);
if (!built) {
  await leftovers;
  process.exit(1);
}
try {
  if (earlyIndex) await earlyIndex.finish(built.lateEntryPages, indexLog);
  else await buildSearchIndex(nextDir, keptDir, indexLog, ENTRY_PAGES);
} catch (error) {
  await rm(nextDir, { recursive: true, force: true });
  console.error(failure(error, root, finalDir));
  process.exit(1);
}
await leftovers;
if (existsSync(finalDir)) await rename(finalDir, oldDir);
await rename(nextDir, finalDir);
removeInBackground(oldDir);
const translations = built.translations ? ` and ${counted(built.translations, 'translation')}` : '';
console.log(
  `\nPublished ${counted(built.entries, 'entry', 'entries')}${translations} to ${path.relative(root, finalDir)}/.`,
);
