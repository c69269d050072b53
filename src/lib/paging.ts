/** How lists are split over pages, so that no page grows with the archive. */
import type { Page } from 'astro';
import { indexPagePath } from '../core/paths.ts';
import { url } from './url.ts';

/** How many entries a list page shows: enough to read, few enough that no page grows with the archive. */
export const PAGE_SIZE = 50;

/** How many storylines, people or topics an index page lists. */
export const INDEX_PAGE_SIZE = 100;

/**
 * An index (`threads/`, `people/`, `topics/`) as static paths for `[...page].astro`, sorted by name in the site's
 * language: the first page at the index's own address, later ones at `<index>page/N/` (Astro's `paginate()` would put
 * them at `<index>N/`, where a storyline with the id "2" lives).
 */
export function indexPages<T extends { name: string }>(items: readonly T[], index: string, language: string, size = INDEX_PAGE_SIZE): { params: { page: string | undefined }; props: { page: Page<T> } }[] {
  const collator = new Intl.Collator(language);
  const sorted = [...items].sort((a, b) => collator.compare(a.name, b.name));
  const lastPage = Math.max(1, Math.ceil(sorted.length / size));
  const pageUrl = (n: number) => url(indexPagePath(index, n));
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * size;
    const data = sorted.slice(start, start + size);
    const page: Page<T> = {
      data,
      start,
      end: Math.max(start, start + data.length - 1),
      total: sorted.length,
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
