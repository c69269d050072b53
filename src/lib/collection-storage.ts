/**
 * How Astro keeps the content store between builds. The single file is one string, and V8 strings end near
 * 512 MB; the chunked store has no such end but measures every character on its own while writing, which costs
 * about a minute per 100 MB. So: one file while the archive is small enough, chunks only when it is not.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Entry files above this many bytes in all make a store too big for one string (the store is ~2.2× the files). */
export const SINGLE_FILE_LIMIT = 100_000_000;

/** 'single-file' for an archive whose entry files stay under SINGLE_FILE_LIMIT bytes, else 'chunked'. */
export function collectionStorageFor(contentDir: string): 'single-file' | 'chunked' {
  const entries = path.join(contentDir, 'entries');
  let names: string[];
  try {
    names = readdirSync(entries, { recursive: true }).map(String);
  } catch {
    return 'single-file';
  }
  let bytes = 0;
  for (const name of names) {
    try {
      bytes += statSync(path.join(entries, name)).size;
    } catch {
      // vanished while counting: it will not be in the store either
    }
    if (bytes > SINGLE_FILE_LIMIT) return 'chunked';
  }
  return 'single-file';
}
