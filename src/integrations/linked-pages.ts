/**
 * Astro's incremental build restores each unchanged page by copying it from its cache folder (at 10,000 entries,
 * 11,400 pages and 400 MB: 2–5 s of a rebuild, more on a busy disk). Astro 7 has no option to link them instead, so
 * this integration lets it link them, in every build of the project (`npm run build` and `astro build` alike: a build
 * that wrote into the cache in place would change the pages of a site published by another).
 *
 * A link is only safe if neither copy is ever rewritten in place, or the next build would change the pages of the
 * site already published. Astro writes its cache copy of a page it rendered with `writeFile` over the old copy, so
 * that copy becomes a new file renamed over the old one: the published page keeps its own file. Nothing else
 * writes a built page in place (Pagefind writes only its own new files, the sitemap new ones).
 *
 * Since it sees every page Astro writes or restores, it also tells a listener (onBuiltFile) when each is in place:
 * `npm run build` starts the search index once the last entry page is written, while Astro renders the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A path Astro passes to `fs` (a string, a `file:` URL or a Buffer) as a string, if it is one. */
function pathOf(file: unknown): string | undefined {
  if (typeof file === 'string') return file;
  if (file instanceof URL) return file.protocol === 'file:' ? fileURLToPath(file) : undefined;
  return undefined;
}

/**
 * Where a build writes a cache copy before it takes the old one's place: a folder per process, so a build starting
 * beside another (the same content built twice at once) never deletes what that one is writing.
 */
const incomingDir = (cachedPages: string) => `${cachedPages.replace(/[\\/]+$/, '')}.incoming`;

/** Whether the process `pid` is still running. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes what builds that have ended left in `incoming` (stopped halfway, between a write and its rename). */
async function tidyIncoming(incoming: string): Promise<void> {
  const names = await fs.promises.readdir(incoming).catch(() => [] as string[]);
  const ended = names.filter((name) => !isRunning(Number(name)));
  await Promise.all(ended.map((name) => fs.promises.rm(path.join(incoming, name), { recursive: true, force: true })));
}

/** The folders of the build running in this process, read by the patched functions (installed once). */
let folders: { cache: string; built: string; incoming: string } | undefined;
let written = 0;

/**
 * From now on in this process, a file copied out of `cachedPages` (Astro's cache of built pages) is linked where
 * the copy should go, and a page written into it is a new file: the page Astro has just written into `builtPages`
 * with the same bytes, linked (at 100,000 entries, 3.9 GB not written twice). Where a link is impossible (another
 * disk, a file system without them), the copy or write Astro asked for.
 */
export async function linkCachedPages(cachedPages: string, builtPages: string): Promise<void> {
  const incomingRoot = incomingDir(path.resolve(cachedPages));
  await tidyIncoming(incomingRoot);
  const incoming = path.join(incomingRoot, String(process.pid));
  await fs.promises.mkdir(incoming, { recursive: true });
  const installed = folders !== undefined;
  folders = { cache: path.resolve(cachedPages) + path.sep, built: path.resolve(builtPages), incoming };
  if (!installed) patchFs();
}

/**
 * Where the listener for built files is kept: Astro loads this module for the config, and `npm run build`'s own
 * script imports it again, as another instance of it.
 */
const LISTENER = Symbol.for('fact-timeline.built-file-listener');
type BuiltFileListener = (file: string) => void;
const listenerSlot = globalThis as Record<symbol, BuiltFileListener | undefined>;

/**
 * From the next build on in this process, calls `listener` with the absolute path of each file Astro writes or
 * restores into the built folder (pages, feeds, data files), once the file is there; `undefined` stops it.
 */
export function onBuiltFile(listener: BuiltFileListener | undefined): void {
  listenerSlot[LISTENER] = listener;
}

/** Tells the listener that `file` is in place, if it is in the built folder. */
function announce(file: unknown): void {
  const target = pathOf(file);
  if (!folders || target === undefined) return;
  const absolute = path.resolve(target);
  if (absolute.startsWith(folders.built + path.sep)) listenerSlot[LISTENER]?.(absolute);
}

/** The length in bytes of what Astro writes, when it is text or bytes (the only data it writes for a page). */
function byteLength(data: unknown): number | undefined {
  if (typeof data === 'string') return Buffer.byteLength(data);
  return data instanceof Uint8Array ? data.byteLength : undefined;
}

/** Links the built page at `built` to `temporary` if it holds `size` bytes; throws otherwise. */
async function linkBuilt(built: string, temporary: string, size: number | undefined): Promise<void> {
  if (size === undefined || (await fs.promises.stat(built)).size !== size) throw new Error('not the page built');
  await fs.promises.link(built, temporary);
}

function patchFs(): void {
  const { promises } = fs;
  const { copyFile, writeFile } = promises;
  const inCache = (file: unknown) => (folders && pathOf(file)?.startsWith(folders.cache)) ?? false;

  promises.copyFile = async (source, destination, mode) => {
    if (!inCache(source)) await copyFile(source, destination, mode);
    else await promises.link(source, destination).catch(() => copyFile(source, destination, mode));
    announce(destination);
  };
  promises.writeFile = async (file, data, options) => {
    const target = pathOf(file);
    if (!folders || target === undefined || !inCache(file)) {
      await writeFile(file, data, options);
      return announce(file);
    }
    const temporary = path.join(folders.incoming, String(written++));
    try {
      const built = path.join(folders.built, target.slice(folders.cache.length));
      await linkBuilt(built, temporary, byteLength(data)).catch(() => writeFile(temporary, data, options));
      await promises.rename(temporary, target);
    } catch (error) {
      await promises.rm(temporary, { force: true });
      throw error;
    }
  };
}

/** The integration: pages linked, not copied, in every `astro build` of the project. */
export default function linkedPages(): AstroIntegration {
  let cachedPages = '';
  let builtPages = '';
  return {
    name: 'fact-timeline:linked-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's incremental build keeps its copies in `<cacheDir>/dist/`; a static site's pages go to outDir.
        cachedPages = fileURLToPath(new URL('dist/', config.cacheDir));
        builtPages = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        await linkCachedPages(cachedPages, builtPages);
      },
    },
  };
}
