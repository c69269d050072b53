/**
 * Years grouped for pages and navigation. While a timeline has few years, each year is its own group; past
 * MOST_YEAR_GROUPS, years go by decades, centuries, millennia (and further) as the span needs, and deep time by
 * its order of magnitude (a hundred thousand to a million years ago, a billion to ten billion…), so no list of
 * years grows without bound and no page stands for an empty year.
 */
import { yearFolder } from './date-slug.ts';
import { DEEP_TIME_YEAR, formatYear } from './dates.ts';
import type { DateWords } from './dates.ts';
import { digitsApart } from './year-labels.ts';

/** The most year groups a timeline's navigation shows. */
export const MOST_YEAR_GROUPS = 40;

/** A stretch of years (astronomical numbering, `first` ≤ `last`), named for an address. */
export interface YearSpan {
  /** The address segment: `2025`, `44-bc`, `1900-to-1999`, `999-bc-to-900-bc`. */
  id: string;
  first: number;
  last: number;
}

/** A BC year's number (1 BC is astronomical 0). */
const bcNumber = (year: number) => 1 - year;

/** The span of `unit` years that holds `year`, counted the way readers count (1900–1999, 599–500 BC). */
function spanOf(year: number, unit: number): { first: number; last: number } {
  if (year <= DEEP_TIME_YEAR) {
    // Deep time by order of magnitude: 100,000–999,999 years ago, 1–9.99 billion years ago…
    const magnitude = 10 ** (String(bcNumber(year)).length - 1);
    return { first: bcNumber(magnitude * 10 - 1), last: bcNumber(magnitude) };
  }
  if (unit === 1) return { first: year, last: year };
  if (year >= 1) {
    const start = Math.floor(year / unit) * unit;
    return { first: Math.max(1, start), last: start + unit - 1 };
  }
  const start = Math.floor(bcNumber(year) / unit) * unit;
  return { first: bcNumber(start + unit - 1), last: bcNumber(Math.max(1, start)) };
}

/** Each of `years` with the span it falls in, the spans as narrow as MOST_YEAR_GROUPS allows. */
export function yearSpans(years: Iterable<number>): Map<number, YearSpan> {
  const distinct = [...new Set(years)];
  let unit = 1;
  const fits = (size: number) => new Set(distinct.map((year) => spanOf(year, size).first)).size <= MOST_YEAR_GROUPS;
  while (!fits(unit) && unit < 1e16) unit *= 10;
  const result = new Map<number, YearSpan>();
  for (const year of distinct) {
    const { first, last } = distinct.length <= MOST_YEAR_GROUPS ? { first: year, last: year } : spanOf(year, unit);
    const id = first === last ? yearFolder(first) : `${yearFolder(first)}-to-${yearFolder(last)}`;
    result.set(year, { id, first, last });
  }
  return result;
}

/**
 * A span in words: "2025", "44 BC", "1900 – 1999", "10 billion years ago – 1 billion years ago" (deep time with
 * `digits` significant digits).
 */
export function spanLabel(span: YearSpan, locale: string, words: DateWords, digits?: number): string {
  const first = formatYear(span.first, locale, digits);
  return span.first === span.last ? first : words.span(first, formatYear(span.last, locale, digits));
}

/** The labels of spans listed together, by id, each with the digits that keep different spans apart. */
export function spanLabels(spans: Iterable<YearSpan>, locale: string, words: DateWords): Map<string, string> {
  const list = [...spans];
  const digits = digitsApart(
    list,
    (span) => span.id,
    (span, precision) => spanLabel(span, locale, words, precision),
  );
  return new Map(list.map((span) => [span.id, spanLabel(span, locale, words, digits)]));
}
