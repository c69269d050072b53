/** The strips drawn to scale on the home and year pages (core/scale/archive-strip.ts), from the view pages share. */
import type { ResolvedEntry, YearGroup } from '../core/model.ts';
import { indexPagePath, yearPath } from '../core/paths.ts';
import { archiveStrip, periodsWithin, yearPeriods, type ArchiveStrip } from '../core/scale/archive-strip.ts';
import { PAGE_SIZE } from './paging.ts';
import type { TimelineView } from './timeline.ts';

/** A year group's months (its years, for a span), each linking to the page of its list and the heading there. */
function periodsOfGroup(view: TimelineView, group: YearGroup, isCurrent: (id: string, page: number) => boolean) {
  const entries = group.entries.flatMap((id) => view.entry.get(id) ?? []);
  const pageOf = (index: number) => {
    const page = Math.floor(index / PAGE_SIZE) + 1;
    const entry = entries[index] as ResolvedEntry;
    return { path: indexPagePath(yearPath(group.id), page), current: isCurrent(entry.id, page) };
  };
  return periodsWithin(
    group,
    entries.map((entry) => entry.spec.start),
    pageOf,
    view.site.language,
  );
}

/**
 * The home page's strip: every year group (a timeline of one year: its months), those the page lists highlighted.
 */
export function homeStrip(view: TimelineView, listed: readonly ResolvedEntry[]): ArchiveStrip | undefined {
  const ids = new Set(listed.map((entry) => entry.id));
  const [only] = view.years;
  if (view.years.length === 1 && only) return archiveStrip(periodsOfGroup(view, only, (id) => ids.has(id)));
  return archiveStrip(yearPeriods(view.years, ids, yearPath));
}

/** A year page's strip: the group's months (or years), those on page `page` of its list highlighted. */
export function yearStrip(view: TimelineView, group: YearGroup, page: number): ArchiveStrip | undefined {
  return archiveStrip(periodsOfGroup(view, group, (_id, onPage) => onPage === page));
}
