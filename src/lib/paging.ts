/** How lists are split over pages, so that no page grows with the archive. */
import type { Page } from 'astro';
import { indexPagePath } from '../core/paths.ts';
import { url } from './url.ts';

/** How many entries a list page shows: enough to read, few enough that no page grows with the archive. */
export const PAGE_SIZE = 50;

/** How many storylines, people or topics an index page lists. */
export const INDEX_PAGE_SIZE = 100;

/** One page of a list, as a `[...page].astro` route's static path gives it. */
export interface ListPage<T> {
  params: { page: string | undefined };
  props: { page: Page<T> };
}

/**
 * A list (a storyline, a year, the pledges, an index…) as static paths for `[...page].astro`: the first page at the
 * list's own path, later ones at `<list>page/N/`. Every list uses this one scheme; Astro's `paginate()` would put
 * them at `<list>N/`, where on an index a storyline with the id "2" lives.
 */
export function listPages<T>(items: readonly T[], list: string, size = PAGE_SIZE): ListPage<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  const pageUrl = (n: number) => url(indexPagePath(list, n));
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * size;
    const data = items.slice(start, start + size);
    const page: Page<T> = {
      data,
      start,
      end: Math.max(start, start + data.length - 1),
      total: items.length,
      currentPage: n,
      size,
      lastPage,
      url: {
        current: pageUrl(n),
        prev: n > 1 ? pageUrl(n - 1) : undefined,
        next: n < lastPage ? pageUrl(n + 1) : undefined,
        first: n > 1 ? pageUrl(1) : undefined,
        last: n < lastPage ? pageUrl(lastPage) : undefined,
      },
    };
    return { params: { page: n === 1 ? undefined : indexPagePath('', n).replace(/\/$/, '') }, props: { page } };
  });
}

/** An index (`threads/`, `people/`, `topics/`) as static paths, sorted by name in the site's language. */
export function indexPages<T extends { name: string }>(
  items: readonly T[],
  index: string,
  language: string,
): ListPage<T>[] {
  const collator = new Intl.Collator(language);
  return listPages(
    [...items].sort((a, b) => collator.compare(a.name, b.name)),
    index,
    INDEX_PAGE_SIZE,
  );
}
