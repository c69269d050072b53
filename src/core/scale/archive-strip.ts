/**
 * The archive at a glance: a timeline's developments counted per period and placed to scale (time-axis.ts), each
 * period a link to where its entries are listed. The number of marks is bounded by the periods (periods.ts groups
 * years into decades or wider when there are many), so the drawing stays small at any archive size.
 */
import { formatDate, type PartialDate } from '../dates.ts';
import type { YearGroup } from '../model.ts';
import { yearsApart } from '../year-labels.ts';
import { stretchOf, timeAxis, type AxisBreak, type Stretch } from './time-axis.ts';

/** One period drawn: where it sits (0–1), how busy it is (0–1 of the busiest), and where its entries are. */
export interface StripMark {
  label: string;
  count: number;
  /** The page that lists it, relative to the site's base, with the fragment of its first heading if any. */
  path: string;
  x: number;
  width: number;
  height: number;
  /** The page showing the strip lists (some of) this period's entries. */
  current: boolean;
}

export interface ArchiveStrip {
  marks: StripMark[];
  breaks: AxisBreak[];
  /** Where deep time, drawn by order of magnitude, ends (0–1), when the strip starts in deep time. */
  deepUntil?: number;
  /** The first and last periods' labels, for the ends of the axis. */
  from: string;
  to: string;
}

/** A period to draw: its time, its label, how many entries, where they are, and whether this page lists them. */
export interface StripPeriod extends Stretch {
  label: string;
  count: number;
  path: string;
  current: boolean;
}

/** The narrowest a mark is drawn (a share of the axis), so a single year among millennia can still be seen and hit. */
const MIN_WIDTH = 0.008;
/**
 * The widest a mark is drawn: a bar for a month of a year, and no wider than the widest of the other marks. A period
 * alone on its stretch of the axis (the one month of a year page, the one year after deep time) would otherwise fill
 * that stretch as one wide block.
 */
export const MAX_WIDTH = 1 / 12;

/** Each slot's mark width: within MIN_WIDTH and MAX_WIDTH, and no wider than the widest other slot. */
function markWidths(slots: readonly number[]): number[] {
  const natural = slots.map((slot) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, slot)));
  // The two widest, in a loop: the widest mark is held to the second widest, every other to the widest.
  let [widest, second] = [-Infinity, -Infinity];
  for (const width of natural) [widest, second] = width > widest ? [width, widest] : [widest, Math.max(second, width)];
  if (natural.length < 2) return natural;
  return natural.map((width) => Math.min(width, width === widest ? second : widest));
}

/** Lays periods out to scale: marks in time order (the order a keyboard reaches them), breaks for long empty spans. */
export function archiveStrip(periods: readonly StripPeriod[]): ArchiveStrip | undefined {
  if (!periods.length) return undefined;
  const axis = timeAxis(periods);
  // A loop, not Math.max(...list): periods are few, but a spread of a long list overflows the stack.
  const busiest = periods.reduce((most, period) => Math.max(most, period.count), 0);
  const slots = periods.map((period) => axis.position(period.to) - axis.position(period.from));
  const widths = markWidths(slots);
  const marks = periods.map((period, index) => {
    const start = axis.position(period.from);
    const slot = slots[index]!;
    const width = widths[index]!;
    // A mark narrower or wider than its slot is centred on it.
    const x = Math.min(Math.max(0, start + (slot - width) / 2), 1 - width);
    // Square-root heights: one development in a quiet year stays visible beside a hundred in a busy one.
    const height = Math.sqrt(period.count / busiest);
    return { label: period.label, count: period.count, path: period.path, x, width, height, current: period.current };
  });
  return {
    marks,
    breaks: axis.breaks,
    ...(axis.deepUntil !== undefined ? { deepUntil: axis.deepUntil } : {}),
    from: periods[0]!.label,
    to: periods.at(-1)!.label,
  };
}

/** The home page's periods: each year group, a link to its page, current where the home page lists its entries. */
export function yearPeriods(years: readonly YearGroup[], listed: ReadonlySet<string>, path: (id: string) => string) {
  return years.map((group) => ({
    from: group.year,
    to: group.last + 1,
    label: group.label,
    count: group.entries.length,
    path: path(group.id),
    current: group.entries.some((id) => listed.has(id)),
  }));
}

/** The id of a list's heading for a year and month: EntryList writes it, and strips link to it. */
export const periodAnchor = (year: number, month?: number) => `period-${year}-${month ?? ''}`;

/** How finely a year page's strip divides its time: the span's years, the year's months, or one month's days. */
function unitOf(group: YearGroup, dates: readonly PartialDate[]): 'year' | 'month' | 'day' {
  if (group.year !== group.last) return 'year';
  const months = new Set(dates.flatMap((date) => date.month ?? []));
  return months.size === 1 && dates.some((date) => date.day !== undefined) ? 'day' : 'month';
}

/** A period of a year page's strip, before it is placed on a page: which entries (by index) fall in it. */
export interface PeriodMembers {
  period: Stretch & { label: string; count: number };
  /** The fragment of its first entry's heading on the list. */
  anchor: string;
  /** The indices of its entries in the dates it was made from, in order. */
  members: number[];
}

/**
 * A year group's periods: its months (a span's years; a single month's days), in time order, each with the entries
 * in it. Made once per group: every page of the group's list draws the same periods, only linked and lit per page.
 * Entries less precise than the unit are listed, but not drawn.
 */
export function periodMembers(group: YearGroup, dates: readonly PartialDate[], locale: string): PeriodMembers[] {
  const unit = unitOf(group, dates);
  const periods = new Map<string, PeriodMembers>();
  const years = new Map<string, number>();
  for (const [index, date] of dates.entries()) {
    const period: PartialDate | undefined =
      unit === 'year'
        ? { precision: 'year', year: date.year }
        : unit === 'month'
          ? date.month === undefined
            ? undefined
            : { precision: 'month', year: date.year, month: date.month }
          : date.day === undefined
            ? undefined
            : { precision: 'day', year: date.year, month: date.month ?? 1, day: date.day };
    if (!period) continue;
    const key = `${period.year}-${period.month ?? ''}-${period.day ?? ''}`;
    const found = periods.get(key);
    if (found) {
      found.period.count++;
      found.members.push(index);
      continue;
    }
    const { from, to } = stretchOf(period);
    const label = formatDate(period, locale);
    periods.set(key, {
      period: { from, to, label, count: 1 },
      anchor: periodAnchor(date.year, date.month),
      members: [index],
    });
    if (unit === 'year') years.set(key, period.year);
  }
  // A span's years side by side: deep-time years that round alike get the digits that tell them apart.
  const yearLabel = yearsApart(years.values(), locale);
  for (const [key, year] of years) periods.get(key)!.period.label = yearLabel(year);
  return [...periods.values()].sort((a, b) => a.period.from - b.period.from);
}

/** Periods placed on a page: each links to the page of its first entry, lit where the page lists one of its own. */
export function placedPeriods(
  periods: readonly PeriodMembers[],
  pathOf: (index: number) => string,
  isCurrent: (index: number) => boolean,
): StripPeriod[] {
  return periods.map(({ period, anchor, members }) => ({
    ...period,
    path: `${pathOf(members[0]!)}#${anchor}`,
    current: members.some(isCurrent),
  }));
}

/**
 * A year page's periods: its months (a span's years; a single month's days), each a link to the page of the list
 * where its first entry is and to its heading there. Entries less precise than the unit are listed, but not drawn.
 */
export function periodsWithin(
  group: YearGroup,
  dates: readonly PartialDate[],
  pageOf: (index: number) => { path: string; current: boolean },
  locale: string,
): StripPeriod[] {
  return placedPeriods(
    periodMembers(group, dates, locale),
    (index) => pageOf(index).path,
    (index) => pageOf(index).current,
  );
}
