/**
 * A list of entries in story order, cut into periods under headings as precise as their dates: a month where the
 * date has one, else its year. Years listed together are told apart (year-labels.ts), and on a year's own page an
 * entry known only to its year gets no heading of its own unless the page has months to set it apart from.
 */
import { DEEP_TIME_YEAR, formatDate } from './dates.ts';
import { periodAnchor } from './scale/archive-strip.ts';
import { yearsApart } from './year-labels.ts';

/** One period of a list: the id its heading (or, without one, its section) takes, its heading, its items. */
export interface ListPeriod<T> {
  key: string;
  heading?: string;
  items: T[];
}

export interface ListPeriodOptions {
  /** The list is a year's own page: its headings are months, and the year itself is the page's title. */
  withinYear?: boolean;
  /** The heading, on a year's own page that has months, of the entries known only to their year. */
  monthUnknown: (year: string) => string;
}

/** Items in story order under their periods' headings, in the given language. */
export function listPeriods<T>(
  items: readonly T[],
  dateOf: (item: T) => { year: number; month?: number | undefined },
  locale: string,
  options: ListPeriodOptions,
): ListPeriod<T>[] {
  const periods: (ListPeriod<T> & { year: number; month?: number })[] = [];
  for (const item of items) {
    const { year, month } = dateOf(item);
    const key = periodAnchor(year, month);
    const last = periods.at(-1);
    if (last?.key === key) last.items.push(item);
    else periods.push({ key, year, ...(month === undefined ? {} : { month }), items: [item] });
  }
  const yearLabel = yearsApart(
    periods.flatMap((period) => (period.month === undefined ? [period.year] : [])),
    locale,
  );
  const hasMonths = periods.some((period) => period.month !== undefined);
  return periods.map(({ key, year, month, items: listed }) => {
    if (month !== undefined)
      return { key, heading: formatDate({ precision: 'month', year, month }, locale), items: listed };
    if (!options.withinYear) return { key, heading: yearLabel(year), items: listed };
    // Deep time has no months, and a page of year-only dates needs no heading to repeat its title.
    if (year <= DEEP_TIME_YEAR || !hasMonths) return { key, items: listed };
    return { key, heading: options.monthUnknown(yearLabel(year)), items: listed };
  });
}
