/**
 * Parsed YAML kept between runs, by a hash of its text: on a rebuild of a large archive, parsing unchanged
 * frontmatter is most of the time spent reading the content (10,000 entries: ~2 of ~4.5 s). Only text that parsed
 * without a problem is kept, so every diagnostic still comes from the parser itself.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { writeCacheFile } from './write-aside.ts';

export interface ParseCache {
  /** The data parsed from `text` by an earlier run, or undefined. */
  get(text: string): { data: unknown } | undefined;
  /** Keeps what `text` parsed to. */
  set(text: string, data: unknown): void;
  /**
   * Whether it held no parsed text from an earlier run when opened (a first run, or one after the parser changed);
   * what this run sets does not count.
   */
  empty(): boolean;
  /**
   * Writes the entries used in this run (texts no longer in the content fall out), unless they are the very entries
   * the file holds; never fails.
   */
  save(): Promise<void>;
}

/** The key a parsed text is kept under. */
export const textDigest = (text: string): string => createHash('sha1').update(text).digest('base64');

/**
 * Opens the cache in `file`; `version` names the parser and its options, and a cache written under another version
 * is ignored. A missing or unreadable file is an empty cache: the cache only ever saves time.
 */
export async function openParseCache(file: string, version: string): Promise<ParseCache> {
  let previous = new Map<string, unknown>();
  try {
    const stored = deserialize(await readFile(file)) as { version?: unknown; entries?: unknown };
    if (stored.version === version && stored.entries instanceof Map) previous = stored.entries as Map<string, unknown>;
  } catch {
    // No cache yet, or one from another Node version: start empty.
  }
  const used = new Map<string, unknown>();
  const fromEarlierRun = previous.size;
  let added = false;
  return {
    get(text) {
      const key = textDigest(text);
      if (!previous.has(key)) return undefined;
      const data = previous.get(key);
      used.set(key, data);
      // Handed out once: a second file with the same text gets its own copy from the parser.
      previous.delete(key);
      return { data };
    },
    set(text, data) {
      // A copy: whatever later changes the caller's object, the cache keeps what the text parsed to.
      used.set(textDigest(text), structuredClone(data));
      added = true;
    },
    empty: () => fromEarlierRun === 0,
    // A run that used every kept text and parsed none leaves the file as it is: it would write the same entries
    // again (7.5 MB at 10,000 entries, 75 MB at 100,000, on every rebuild and every check).
    save: () =>
      added || previous.size > 0
        ? writeCacheFile(file, () => serialize({ version, entries: used }))
        : Promise.resolve(),
  };
}

/**
 * A cache for a long-running process (the dev server): it lives in memory across runs, so after an edit only the
 * changed text is parsed again, and it is seeded from (and written once to) `file`, so the next start is quick too.
 */
export async function openLastingParseCache(file: string, version: string): Promise<ParseCache> {
  const seed = await openParseCache(file, version);
  let kept = new Map<string, unknown>();
  let used = new Map<string, unknown>();
  let written = false;
  return {
    get(text) {
      const key = textDigest(text);
      const data = kept.has(key) ? kept.get(key) : seed.get(text)?.data;
      if (data === undefined && !kept.has(key)) return undefined;
      used.set(key, data);
      // A copy each time: the same text may be read again in the next run, and its data must be as parsed.
      return { data: structuredClone(data) };
    },
    set(text, data) {
      used.set(textDigest(text), structuredClone(data));
    },
    empty: () => kept.size === 0 && seed.empty(),
    async save() {
      // Texts not read in this run are gone from the content: they fall out of memory too.
      kept = used;
      used = new Map();
      if (written) return;
      written = true;
      await writeCacheFile(file, () => serialize({ version, entries: kept }));
    },
  };
}
