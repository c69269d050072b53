/**
 * Reusing the last search index's files. Pagefind names page fragments, word chunks and filter chunks by 7 hex
 * digits of a hash of their content and does not write such a file when one of that name exists; compressing them
 * is most of the time it spends writing (at 10,000 entries, ~5 of ~7 s). So the files of the last index are kept,
 * and linked into the next one before Pagefind writes. Seven hex digits are too few to trust across builds, so:
 * - a fragment is linked in only when its page is the very file it was made from (the kept manifest holds each page's
 *   identity, size and time of modification: an unchanged page is a link to the last build's file, Astro's
 *   incremental build restores it so), and Pagefind then makes the very same fragment; afterwards no two fragments
 *   may name one page. (Reading and hashing every page instead took 1.6–1.8 s at 10,000 entries, and 3.5–6 s while
 *   Astro and Pagefind shared the cores.)
 * - a reused word chunk must start and end with the words the new metadata gives for it, and a reused filter chunk
 *   must be of the filter the metadata names: a file of other content under a reused name is then caught unless it
 *   is an older version of the very same chunk (about one in 2^28 rebuilds per changed chunk). What a chunk holds is
 *   read from it once and then kept in the manifest with its size (reading every chunk again took ~0.5 s);
 * - every file the index references must be there before anything is removed, and a kept file whose size changed
 *   is never linked. On any doubt the caller writes the index afresh.
 */
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { writeAside } from '../core/write-aside.ts';

/** Pagefind's marker at the start of each decompressed index file. */
const MARKER = 'pagefind_dcd';
const MANIFEST = 'kept.json';
/** How many files are handled at once: one by one waits on each call, all at once opens too many files. */
const BATCH = 256;
/** The folders of an index whose files are named by a hash of their content. */
const FOLDERS = ['fragment', 'index', 'filter'] as const;
type Folder = (typeof FOLDERS)[number];

interface Manifest {
  /** The Pagefind version that wrote the files. */
  version: string;
  /** Each kept file (`fragment/…`, `index/…`, `filter/…`) and its size, so a file cut short is never reused. */
  sizes: Record<string, number>;
  /** Each fragment's page (relative to the output folder) and that page file's stamp when it was indexed. */
  pages: Record<string, { page: string; stamp: string }>;
  /** What a word or filter chunk held when it was last reused, so it need not be read again to be checked. */
  holds?: Record<string, Holds>;
}

/** A word chunk's first and last words, or the name of the filter a filter chunk holds. */
type Holds = { first: string; last: string } | { filter: string };

/** What was linked into the new index, for the checks after Pagefind wrote it. */
export interface Restored {
  linked: Set<string>;
  version?: string;
  /** The kept fragments' pages, carried over for the linked ones. */
  pages?: Manifest['pages'];
  /** The kept files' sizes, as checked when they were linked. */
  sizes?: Manifest['sizes'];
  holds?: Manifest['holds'];
}

/** A page file's identity, size and time of modification: which file it is, and whether it was written since. */
const stampOf = ({ ino, size, mtimeMs }: Stats) => `${ino}:${size}:${mtimeMs}`;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH)
    await Promise.all(items.slice(start, start + BATCH).map(work));
}

/** The index Pagefind wrote lacks files it references, or pages: it must not be published. */
export class IndexIncomplete extends Error {}

/** Decompresses one of Pagefind's files and drops its marker. */
function unpack(bytes: Uint8Array, name: string): Uint8Array {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, MARKER.length).toString() !== MARKER)
    throw new Error(`${name} does not start with Pagefind's marker`);
  return raw.subarray(MARKER.length);
}

async function readManifest(keptDir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(keptDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Links the kept files into `outputPath`: fragments of pages in `outDir` that did not change, and word and filter
 * chunks. A file that cannot be checked or linked is simply not reused: Pagefind writes it.
 */
export async function restoreKept(keptDir: string, outDir: string, outputPath: string): Promise<Restored> {
  const manifest = await readManifest(keptDir);
  if (!manifest) return { linked: new Set() };
  await Promise.all(FOLDERS.map((folder) => mkdir(path.join(outputPath, folder), { recursive: true })));
  const linked = new Set<string>();
  await inBatches(Object.entries(manifest.sizes), async ([file, size]) => {
    try {
      const source = path.join(keptDir, file);
      const kept = manifest.pages[file];
      const [page, found] = await Promise.all([kept ? stat(path.join(outDir, kept.page)) : undefined, stat(source)]);
      if (found.size !== size || (kept && (!page || stampOf(page) !== kept.stamp))) return;
      await link(source, path.join(outputPath, file));
      linked.add(file);
    } catch {
      // The page is gone, the kept file is missing, or links are not possible here.
    }
  });
  return { linked, ...manifest };
}

interface Referenced {
  version: string;
  pages: number;
  /** Every file the index references, by path under the output folder. */
  files: Set<string>;
  /** What a word chunk's first and last words start with, and which filter a filter chunk holds. */
  chunks: Map<string, { from: string; to: string }>;
  filters: Map<string, string>;
}

/** Reads back what the index in `outputPath` references, from its entry file and each language's metadata. */
async function referenced(outputPath: string): Promise<Referenced> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const found: Referenced = {
    version: entry.version,
    pages: 0,
    files: new Set(),
    chunks: new Map(),
    filters: new Map(),
  };
  const rows = (list: unknown, width: number, name: string) => {
    if (
      !Array.isArray(list) ||
      !list.every(
        (row) =>
          Array.isArray(row) && row.length >= width && row.slice(0, width).every((cell) => typeof cell === 'string'),
      )
    ) {
      throw new Error(`${name} does not have the layout this project reads`);
    }
    return list as string[][];
  };
  for (const { hash, page_count: count } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    // [version, pages [[hash, words, …]], word chunks [[from, to, hash]], filters [[name, hash]], sorts]
    const meta = decode(unpack(await readFile(path.join(outputPath, metaFile)), metaFile), {
      useMaps: false,
    }) as unknown[];
    for (const [page] of rows(meta[1], 1, metaFile)) found.files.add(`fragment/${page}.pf_fragment`);
    for (const [from = '', to = '', chunk] of rows(meta[2], 3, metaFile)) {
      found.files.add(`index/${chunk}.pf_index`);
      found.chunks.set(`index/${chunk}.pf_index`, { from, to });
    }
    for (const [filter = '', chunk] of rows(meta[3], 2, metaFile)) {
      found.files.add(`filter/${chunk}.pf_filter`);
      found.filters.set(`filter/${chunk}.pf_filter`, filter);
    }
    found.pages += count;
  }
  return found;
}

/** The page a fragment was made from, relative to the output folder, read from the fragment itself. */
async function pageOf(outputPath: string, file: string): Promise<string> {
  const { url } = JSON.parse(
    Buffer.from(unpack(await readFile(path.join(outputPath, file)), file)).toString('utf8'),
  ) as { url: string };
  const relative = decodeURI(url).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** What a word or filter chunk holds, read from the file. */
async function chunkHolds(outputPath: string, file: string): Promise<Holds> {
  const data = decode(unpack(await readFile(path.join(outputPath, file)), file), { useMaps: false }) as unknown[];
  if (file.startsWith('filter/')) return { filter: String(data[0]) };
  const words = data[0] as [string][];
  return { first: words[0]?.[0] ?? '', last: words.at(-1)?.[0] ?? '' };
}

/** Throws unless a reused word or filter chunk holds what the new metadata says it holds. */
function checkReusedChunk(file: string, holds: Holds, index: Referenced): void {
  const chunk = index.chunks.get(file);
  if (chunk && !('first' in holds && holds.first.startsWith(chunk.from) && holds.last.startsWith(chunk.to)))
    throw new Error(`the reused ${file} does not hold the words ${chunk.from}…${chunk.to}`);
  const filter = index.filters.get(file);
  if (filter !== undefined && !('filter' in holds && holds.filter === filter))
    throw new Error(`the reused ${file} is not the filter "${filter}"`);
}

/**
 * After Pagefind wrote the index: checks it (see the top of this file), removes the linked files it no longer
 * references, and keeps its files in `keptDir` for the next build. Throws on any doubt; the caller then writes afresh.
 */
export async function tidyAndKeep(
  outDir: string,
  outputPath: string,
  keptDir: string,
  restored: Restored,
): Promise<{ written: number; reused: number }> {
  const index = await referenced(outputPath);
  if (restored.linked.size && restored.version !== index.version)
    throw new Error(`the kept files come from Pagefind ${restored.version}, not ${index.version}`);
  const present = await listFolders(outputPath);
  const missing = [...index.files].filter((file) => !present.has(file));
  if (missing.length)
    throw new IndexIncomplete(`the index references ${missing.length} file(s) that are not there, e.g. ${missing[0]}`);
  const fragments = [...index.files].filter((file) => file.startsWith('fragment/'));
  if (fragments.length !== index.pages)
    throw new IndexIncomplete(`the index holds ${index.pages} pages but references ${fragments.length} fragments`);

  const previous = restored.pages ?? {};
  const pages: Manifest['pages'] = {};
  const sizes: Manifest['sizes'] = {};
  const holds: NonNullable<Manifest['holds']> = {};
  const reused = [...index.files].filter((file) => restored.linked.has(file));
  await inBatches([...index.files], async (file) => {
    const carried = restored.linked.has(file);
    if (file.startsWith('fragment/')) {
      const kept = carried ? previous[file] : undefined;
      const page = kept?.page ?? (await pageOf(outputPath, file));
      pages[file] = { page, stamp: kept?.stamp ?? stampOf(await stat(path.join(outDir, page))) };
    } else if (carried) {
      const found = restored.holds?.[file] ?? (await chunkHolds(outputPath, file));
      checkReusedChunk(file, found, index);
      holds[file] = found;
    }
    // A linked file's size was checked against the manifest when it was linked.
    sizes[file] = (carried ? restored.sizes?.[file] : undefined) ?? (await stat(path.join(outputPath, file))).size;
  });
  // Pagefind lengthens a fragment's name only when two pages of one build share it, and the later page gets the
  // longer one: a changed page could take a reused fragment's name, and that fragment's page would show up twice.
  if (new Set(Object.values(pages).map((kept) => kept.page)).size !== fragments.length)
    throw new Error('two fragments name the same page (a reused name was taken by another page)');
  await Promise.all(
    [...present].filter((file) => !index.files.has(file)).map((file) => unlink(path.join(outputPath, file))),
  );

  await keepFiles(outputPath, keptDir, index.files, restored.linked, { version: index.version, sizes, pages, holds });
  return { written: index.files.size - reused.length, reused: reused.length };
}

/** The files of each of the FOLDERS in `dir`, by path under it; none for a folder that is not there. */
async function listFolders(dir: string): Promise<Set<string>> {
  const lists = await Promise.all(
    FOLDERS.map(async (folder: Folder) =>
      (await readdir(path.join(dir, folder)).catch(() => [] as string[])).map((name) => `${folder}/${name}`),
    ),
  );
  return new Set(lists.flat());
}

/**
 * Makes `keptDir` hold the index just written: the files linked from it stay, the others are linked in, the manifest
 * is replaced in one rename, and only then are the files no longer referenced removed. (Linking every file into a new
 * folder each build took ~1 s at 10,000 entries.) A build reading the kept folder meanwhile may find a file gone or
 * replaced: restoreKept then does not reuse it, or tidyAndKeep refuses what was reused.
 */
async function keepFiles(
  outputPath: string,
  keptDir: string,
  files: Set<string>,
  linked: Set<string>,
  manifest: Manifest,
): Promise<void> {
  await Promise.all(FOLDERS.map((folder) => mkdir(path.join(keptDir, folder), { recursive: true })));
  const kept = await listFolders(keptDir);
  const own = `.${process.pid}.new`;
  await inBatches([...files], async (file) => {
    if (linked.has(file) && kept.has(file)) return;
    const target = path.join(keptDir, file);
    if (!kept.has(file)) return link(path.join(outputPath, file), target);
    // A kept file of that name that was not reused (cut short, or of another index) is replaced in one rename.
    await link(path.join(outputPath, file), target + own);
    await rename(target + own, target);
  });
  await writeAside(path.join(keptDir, MANIFEST), JSON.stringify(manifest));
  await inBatches(
    [...kept].filter((file) => !files.has(file)),
    (file) => rm(path.join(keptDir, file), { force: true }),
  );
}
