/**
 * Pagefind's runtime as the search page uses it: loaded from this site's own /pagefind/ folder, in two copies that
 * each search in a worker of their own (one lists results, one counts facet values), and a runner that keeps only the
 * latest of the searches a reader's typing asks for.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
export type PagefindSort = Record<string, 'asc' | 'desc'>;
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: Record<string, string[]> }) => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]>; sort?: PagefindSort },
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * One copy of Pagefind's runtime, set to the site's base and short excerpts, with its index's entry file loaded.
 * A different `copy` name imports the same file as another module, so it gets its own worker and its own loaded
 * chunks: Pagefind counts the values of every filter a copy has loaded over all the results of each search, which
 * for a word in nearly every entry takes several times as long as the search (0.5 s against 0.1 s at 10,000
 * entries). The copy that lists results loads only the filters the reader chose; another counts, after the list.
 */
export async function loadPagefind(base: string, copy?: string): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js${copy ? `?${copy}` : ''}`;
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  await module.options({ baseUrl: base, excerptLength: 24 });
  await module.init();
  return module;
}

/**
 * Runs `task` for the latest request only: while one runs, newer requests replace each other, and the last one runs
 * when it ends. A reader's typing thus never queues searches behind each other, and no pause is waited for.
 */
export function latestOnly<T>(task: (request: T) => Promise<void>): (request: T) => void {
  let waiting: { request: T } | undefined;
  let running = false;
  const drain = async () => {
    running = true;
    while (waiting) {
      const { request } = waiting;
      waiting = undefined;
      await task(request).catch(() => undefined);
    }
    running = false;
  };
  return (request) => {
    waiting = { request };
    if (!running) void drain();
  };
}
