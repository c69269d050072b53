/**
 * Reusing the last search index's page fragments. Pagefind names each page's fragment by a short hash of its
 * content and does not write a fragment file that already exists; compressing 10,000 fragments is most of the time
 * it spends writing (~5 of ~7 s). So the fragments of the last index are kept, each with the page it came from and
 * a hash of that page's HTML, and before Pagefind writes, a fragment is linked into the new index only when its
 * page is byte for byte what it was: Pagefind then makes the very same fragment, and skips it. A changed page gets
 * a new fragment, which therefore cannot land on a kept file of another content (the names are too short to trust
 * across builds). Word and filter chunks and the metadata are always written afresh.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** Pagefind's marker at the start of each decompressed index file. */
const MARKER = 'pagefind_dcd';
const MANIFEST = 'fragments.json';
/** How many files are handled at once: one by one waits on each call, all at once opens too many files. */
const BATCH = 256;

interface KeptFragment {
  /** The indexed page, relative to the output folder. */
  page: string;
  /** A hash of the page's HTML when its fragment was written. */
  html: string;
  /** The fragment file's size, so a file cut short is never reused. */
  size: number;
}

interface Manifest {
  /** The Pagefind version that wrote the fragments. */
  version: string;
  fragments: Record<string, KeptFragment>;
}

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('base64');

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) await Promise.all(items.slice(start, start + BATCH).map(work));
}

/** Decompresses one of Pagefind's files and drops its marker. */
function unpack(bytes: Uint8Array, name: string): Uint8Array {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, MARKER.length).toString() !== MARKER) throw new Error(`${name} does not start with Pagefind's marker`);
  return raw.subarray(MARKER.length);
}

/**
 * Links into `outputPath/fragment/` each kept fragment whose page in `outDir` is unchanged. Returns the linked
 * names and the Pagefind version that wrote them. A fragment that cannot be checked or linked is simply not reused.
 */
export async function restoreFragments(keptDir: string, outDir: string, outputPath: string): Promise<{ linked: Set<string>; version?: string }> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(keptDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return { linked: new Set() };
  }
  await mkdir(path.join(outputPath, 'fragment'), { recursive: true });
  const linked = new Set<string>();
  await inBatches(Object.entries(manifest.fragments), async ([name, kept]) => {
    try {
      const source = path.join(keptDir, 'fragment', name);
      const [html, file] = await Promise.all([readFile(path.join(outDir, kept.page)), stat(source)]);
      if (sha1(html) !== kept.html || file.size !== kept.size) return;
      await link(source, path.join(outputPath, 'fragment', name));
      linked.add(name);
    } catch {
      // The page is gone, the kept file is missing, or links are not possible here: Pagefind writes it.
    }
  });
  return { linked, version: manifest.version };
}

/** The fragment files the index in `outputPath` references, and how many pages it says it holds. */
async function referencedFragments(outputPath: string): Promise<{ names: Set<string>; pages: number; version: string }> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { hash: string; page_count: number }> };
  const names = new Set<string>();
  let pages = 0;
  for (const { hash, page_count: count } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    // [version, pages [[hash, words, …]], word chunks, filters, sorts]
    const meta = decode(unpack(await readFile(path.join(outputPath, metaFile)), metaFile), { useMaps: false }) as unknown[];
    const list = meta[1];
    if (!Array.isArray(list) || !list.every((page) => Array.isArray(page) && typeof page[0] === 'string')) throw new Error(`${metaFile} does not have the layout this project reads`);
    for (const [page] of list as [string][]) names.add(`${page}.pf_fragment`);
    pages += count;
  }
  return { names, pages, version: entry.version };
}

/** The page a fragment was made from, relative to the output folder, read from the fragment itself. */
async function pageOf(fragmentFile: string, name: string): Promise<string> {
  const { url } = JSON.parse(Buffer.from(unpack(await readFile(fragmentFile), name)).toString('utf8')) as { url: string };
  const relative = decodeURI(url).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * After Pagefind wrote the index: checks that every fragment it references is there (before removing anything),
 * removes the linked fragments it no longer references, and keeps the new index's fragments in `keptDir` for the
 * next build. Throws when the index cannot be read back or a fragment is missing; the caller then writes afresh.
 */
export async function tidyAndKeep(outDir: string, outputPath: string, keptDir: string, restored: { linked: Set<string>; version?: string }): Promise<{ written: number; reused: number }> {
  const { names, pages, version } = await referencedFragments(outputPath);
  if (restored.linked.size && restored.version !== version) throw new Error(`the kept fragments come from Pagefind ${restored.version}, not ${version}`);
  if (names.size !== pages) throw new Error(`the index holds ${pages} pages but references ${names.size} fragments`);
  const present = new Set(await readdir(path.join(outputPath, 'fragment')).catch(() => [] as string[]));
  const missing = [...names].filter((name) => !present.has(name));
  if (missing.length) throw new Error(`the index references ${missing.length} fragment(s) that are not there, e.g. ${missing[0]}`);
  await Promise.all([...present].filter((name) => !names.has(name)).map((name) => unlink(path.join(outputPath, 'fragment', name))));

  const previous = await readFile(path.join(keptDir, MANIFEST), 'utf8').then((text) => (JSON.parse(text) as Manifest).fragments).catch(() => ({}) as Manifest['fragments']);
  const fragments: Manifest['fragments'] = {};
  let reused = 0;
  await inBatches([...names], async (name) => {
    const file = path.join(outputPath, 'fragment', name);
    const carried = restored.linked.has(name) ? previous[name] : undefined;
    if (carried) reused++;
    const page = carried?.page ?? (await pageOf(file, name));
    const [html, { size }] = await Promise.all([carried ? undefined : readFile(path.join(outDir, page)), stat(file)]);
    fragments[name] = { page, html: carried?.html ?? sha1(html ?? new Uint8Array()), size };
  });
  // Pagefind lengthens a name only when two pages of one build share it, and the later page gets the longer one:
  // a changed page can then take a reused fragment's name, and its own page shows up under a second name.
  const pagesSeen = new Set(Object.values(fragments).map((fragment) => fragment.page));
  if (pagesSeen.size !== names.size) throw new Error('two fragments name the same page (a fragment name was taken by another page)');

  const staging = `${keptDir.replace(/[\\/]+$/, '')}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'fragment'), { recursive: true });
  await inBatches([...names], (name) => link(path.join(outputPath, 'fragment', name), path.join(staging, 'fragment', name)));
  await writeFile(path.join(staging, MANIFEST), JSON.stringify({ version, fragments } satisfies Manifest));
  // The new kept folder replaces the old one whole, so a build starting meanwhile sees one or the other.
  await rm(keptDir, { recursive: true, force: true });
  await rename(staging, keptDir);
  return { written: names.size - reused, reused };
}
