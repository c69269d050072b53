/**
 * Reusing the last search index's unchanged files. Pagefind names its fragments, word-index chunks, filter chunks and
 * metadata by a hash of their content and does not write a hashed file that already exists; compressing those files
 * is most of the time it spends writing (at 10,000 entries, ~5 of ~7 s). So before Pagefind writes, the hashed files
 * of the last index are linked into the output folder; after, the files no longer referenced are removed, and what
 * the new index references is checked to be there. Only hashed files are linked, never pagefind.js or
 * pagefind-entry.json, which Pagefind rewrites in place and which therefore must not be shared with a published site.
 */
import { copyFile, link, mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The folders of an index that hold only hashed files, and the pattern of a hashed metadata file at its top. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'] as const;
const META_FILE = /^pagefind\.[\w-]+\.pf_meta$/;
/** Pagefind's marker at the start of each decompressed index file. */
const MARKER = 'pagefind_dcd';

/** The hashed files of an index folder, as paths relative to it (none when the folder does not exist). */
export async function hashedFiles(dir: string): Promise<string[]> {
  const top = await readdir(dir).catch(() => [] as string[]);
  const nested = await Promise.all(HASHED_FOLDERS.map(async (folder) => (await readdir(path.join(dir, folder)).catch(() => [] as string[])).map((name) => `${folder}/${name}`)));
  return [...top.filter((name) => META_FILE.test(name)), ...nested.flat()];
}

/** Hard-links (or, where links are not possible, copies) `files` from one folder into another. */
async function linkAll(files: readonly string[], from: string, to: string): Promise<void> {
  await Promise.all(['', ...HASHED_FOLDERS].map((folder) => mkdir(path.join(to, folder), { recursive: true })));
  // A few hundred at a time: one by one waits on each call, all at once opens too many files.
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(
      files.slice(start, start + 256).map((file) => {
        const source = path.join(from, file);
        const target = path.join(to, file);
        return link(source, target).catch(() => copyFile(source, target));
      }),
    );
  }
}

/** Puts the hashed files kept from the last index into `outputPath`, where Pagefind will find and skip them. */
export async function restoreHashedFiles(keptDir: string, outputPath: string): Promise<number> {
  const files = await hashedFiles(keptDir);
  await linkAll(files, keptDir, outputPath);
  return files.length;
}

/** Every hashed file the index in `outputPath` references: per language its metadata, pages, word chunks and filters. */
export async function referencedFiles(outputPath: string): Promise<Set<string>> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const referenced = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    referenced.add(metaFile);
    const raw = gunzipSync(await readFile(path.join(outputPath, metaFile)));
    if (raw.subarray(0, MARKER.length).toString() !== MARKER) throw new Error(`${metaFile} does not start with Pagefind's marker`);
    // [version, pages [[hash, words, …]], word chunks [[from, to, hash]], filters [[name, hash]], sorts]
    const [, pages, chunks, filters] = decode(raw.subarray(MARKER.length), { useMaps: false }) as [string, [string, ...unknown[]][], [string, string, string][], [string, string][]];
    if (![pages, chunks, filters].every(Array.isArray)) throw new Error(`${metaFile} does not have the layout this project reads`);
    for (const [page] of pages) referenced.add(`fragment/${page}.pf_fragment`);
    for (const [, , chunk] of chunks) referenced.add(`index/${chunk}.pf_index`);
    for (const [, filter] of filters) referenced.add(`filter/${filter}.pf_filter`);
  }
  return referenced;
}

/** Removes hashed files the index no longer references; throws when a referenced one is missing. */
export async function pruneUnreferenced(outputPath: string): Promise<{ kept: number; removed: number }> {
  const referenced = await referencedFiles(outputPath);
  const present = await hashedFiles(outputPath);
  const stale = present.filter((file) => !referenced.has(file));
  await Promise.all(stale.map((file) => unlink(path.join(outputPath, file))));
  const presentSet = new Set(present);
  const missing = [...referenced].filter((file) => !presentSet.has(file));
  if (missing.length) throw new Error(`the search index references ${missing.length} file(s) that are not there, e.g. ${missing[0]}`);
  return { kept: referenced.size, removed: stale.length };
}

/** Keeps the hashed files of the index just written in `keptDir`, for the next build to start from. */
export async function keepHashedFiles(outputPath: string, keptDir: string): Promise<void> {
  await rm(keptDir, { recursive: true, force: true });
  await linkAll(await hashedFiles(outputPath), outputPath, keptDir);
}
