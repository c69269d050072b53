/** The strips drawn to scale on the home and year pages (core/scale/archive-strip.ts), from the view pages share. */
import type { ResolvedEntry, YearGroup } from '../core/model.ts';
import { indexPagePath, yearPath } from '../core/paths.ts';
import {
  archiveStrip,
  periodMembers,
  placedPeriods,
  yearPeriods,
  type ArchiveStrip,
} from '../core/scale/archive-strip.ts';
import { memoized } from './memo.ts';
import { PAGE_SIZE } from './paging.ts';
import type { TimelineView } from './timeline.ts';

/** Each year group's entries and periods, made once per view: every page of a year's list draws them. */
const periodsOf = memoized((view: TimelineView) =>
  memoized((group: YearGroup) => {
    const entries = group.entries.flatMap((id) => view.entry.get(id) ?? []);
    const dates = entries.map((entry) => entry.spec.start);
    return { entries, periods: periodMembers(group, dates, view.site.language) };
  }),
);

/** A year group's months (its years, for a span), each linking to the page of its list and the heading there. */
function periodsOfGroup(view: TimelineView, group: YearGroup, isCurrent: (id: string, page: number) => boolean) {
  const { entries, periods } = periodsOf(view)(group);
  const pageOf = (index: number) => Math.floor(index / PAGE_SIZE) + 1;
  return placedPeriods(
    periods,
    (index) => indexPagePath(yearPath(group.id), pageOf(index)),
    (index) => isCurrent((entries[index] as ResolvedEntry).id, pageOf(index)),
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
