/** The strips drawn to scale on the home and year pages (core/scale/archive-strip.ts), from the view pages share. */
import type { ResolvedEntry, YearGroup } from '../core/model.ts';
import { indexPagePath, yearPath } from '../core/paths.ts';
import {
  archiveStrip,
  periodMembers,
  placedPeriods,
  yearPeriods,
  type ArchiveStrip,
  type PeriodMembers,
} from '../core/scale/archive-strip.ts';
import { PAGE_SIZE } from './paging.ts';
import type { TimelineView } from './timeline.ts';

/** Each year group's periods with their entries, made once per view: every page of a year's list draws them. */
const groupPeriods = new WeakMap<
  TimelineView,
  Map<YearGroup, { entries: ResolvedEntry[]; periods: PeriodMembers[] }>
>();

/** A year group's entries and periods, from the view's memo. */
function periodsOf(view: TimelineView, group: YearGroup) {
  let groups = groupPeriods.get(view);
  if (!groups) groupPeriods.set(view, (groups = new Map()));
  let found = groups.get(group);
  if (!found) {
    const entries = group.entries.flatMap((id) => view.entry.get(id) ?? []);
    const dates = entries.map((entry) => entry.spec.start);
    found = { entries, periods: periodMembers(group, dates, view.site.language) };
    groups.set(group, found);
  }
  return found;
}

/** A year group's months (its years, for a span), each linking to the page of its list and the heading there. */
function periodsOfGroup(view: TimelineView, group: YearGroup, isCurrent: (id: string, page: number) => boolean) {
  const { entries, periods } = periodsOf(view, group);
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
