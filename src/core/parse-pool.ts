/**
 * Parsing many files' YAML on all cores before the content is read. Reading a large archive with nothing kept (a
 * first build, a first `npm run dev`, an import or export) is mostly parsing frontmatter, on one core while the others
 * wait: at 10,000 entries ~4.6 of ~7 s. Workers parse the files first, and the reader then finds each text already
 * parsed, as in a parse cache. Only text that parsed without a problem is handed over, so every diagnostic still
 * comes from the reader's own parse; whatever goes wrong in a worker costs time, never a result.
 */
import { textDigest, type ParseCache } from './parse-cache.ts';
import { defaultThreads, runInBatches } from './worker-batches.ts';

/** Below this many files to parse, starting workers costs more than it saves. */
export const PARSE_POOL_THRESHOLD = 1000;
/** Files per message to a worker: few enough to share the work out evenly, enough to keep messages rare. */
const BATCH = 250;

/**
 * A parse cache for reading `files`: `cache` itself (or none) when there are few to parse or it already holds
 * parsed text; otherwise one that first hands out what workers parsed (each text once, kept in `cache` too).
 */
export async function parseAhead(
  files: readonly string[],
  cache: ParseCache | undefined,
  { threads = defaultThreads(), threshold = PARSE_POOL_THRESHOLD } = {},
): Promise<ParseCache | undefined> {
  if (files.length < threshold || threads < 2 || cache?.empty() === false) return cache;
  let parsed: Map<string, unknown>;
  try {
    parsed = await parseOnWorkers(files, threads);
  } catch {
    return cache;
  }
  return {
    get(text) {
      const kept = cache?.get(text);
      if (kept) return kept;
      const key = textDigest(text);
      if (!parsed.has(key)) return undefined;
      const data = parsed.get(key);
      parsed.delete(key);
      cache?.set(text, data);
      return { data };
    },
    set: (text, data) => cache?.set(text, data),
    empty: () => cache?.empty() ?? true,
    save: () => cache?.save() ?? Promise.resolve(),
  };
}

/** Each text the workers parsed without a problem, by its digest, and the data it gave. */
async function parseOnWorkers(files: readonly string[], threads: number): Promise<Map<string, unknown>> {
  const parsed = new Map<string, unknown>();
  const script = new URL('./parse-worker.ts', import.meta.url);
  await runInBatches(files, { script, threads, batch: BATCH, name: 'parse' }, (pairs: [string, unknown][]) => {
    for (const [text, data] of pairs) parsed.set(textDigest(text), data);
  });
  return parsed;
}
