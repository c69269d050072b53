/**
 * A worker of the parse pool (parse-pool.ts): reads each file of a batch and parses its YAML as the content reader
 * would, and sends back every text that parsed without a problem with the data it gave.
 */
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { readBytes } from './content-reader.ts';
import type { ParseCache } from './parse-cache.ts';
import { decodeText, readMarkdown, readYaml } from './read.ts';

/** Parses one file's text through a cache that only records, so the texts are the very ones the reader looks up. */
function parseFile(file: string, bytes: Uint8Array | undefined, recorder: ParseCache): void {
  if (!bytes) return;
  try {
    const decoded = decodeText(file, bytes);
    if ('diagnostic' in decoded) return;
    if (path.extname(file).toLowerCase() === '.md') readMarkdown(file, decoded.text, recorder);
    else readYaml(file, decoded.text, recorder);
  } catch {
    // Whatever fails here is read again by the reader itself, which reports it.
  }
}

parentPort?.on('message', async (files: string[]) => {
  const parsed: [string, unknown][] = [];
  const recorder: ParseCache = {
    get: () => undefined,
    set: (text, data) => void parsed.push([text, data]),
    empty: () => true,
    save: () => Promise.resolve(),
  };
  // The batch is read at once (one file at a time waits on the disk for each), then parsed.
  const texts = await Promise.all(files.map(readBytes));
  files.forEach((file, index) => parseFile(file, texts[index], recorder));
  parentPort?.postMessage(parsed);
});
