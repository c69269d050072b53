/**
 * Years shown together (a list's headings, the year navigation, the ends of an axis) must not read alike when they
 * differ: the Big Bang and the dark ages after it are both "13.8 billion years ago" at TimelineJS's four digits. So
 * a set of labels is printed with the fewest digits that keep every distinct label apart ("13.8 billion" and
 * "13.79963 billion years ago"); a year with no neighbour keeps the usual four.
 */
import {
  DEEP_TIME_DIGITS,
  DEEP_TIME_YEAR,
  formatDate,
  formatYear,
  MOST_DIGITS,
  type DateSpec,
  type PartialDate,
} from './dates.ts';

/** Whether labelling each key at `digits` keeps distinct keys apart. */
function apart(keys: readonly string[], label: (key: string, digits: number) => string, digits: number): boolean {
  const seen = new Map<string, string>();
  for (const key of keys) {
    const text = label(key, digits);
    const owner = seen.get(text);
    if (owner !== undefined && owner !== key) return false;
    seen.set(text, key);
  }
  return true;
}

/**
 * The fewest significant digits (from four) at which `label` tells every distinct item apart; `keyOf` says which
 * items are the same (a span's first and last years, say).
 */
export function digitsApart<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  label: (item: T, digits: number) => string,
): number {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const keys = [...byKey.keys()];
  const labelOf = (key: string, digits: number) => label(byKey.get(key) as T, digits);
  let digits = DEEP_TIME_DIGITS;
  while (digits < MOST_DIGITS && !apart(keys, labelOf, digits)) digits++;
  return digits;
}

/** The years shown together, each in words ("13.8 billion years ago"), with enough digits to tell them apart. */
export function yearsApart(years: Iterable<number>, locale: string): (year: number) => string {
  const digits = digitsApart([...years], String, (year, precision) => formatYear(year, locale, precision));
  return (year) => formatYear(year, locale, digits);
}

/** The labels at the two ends of an axis: two different years never read alike. */
export function axisEnds(first: PartialDate, last: PartialDate, locale: string): { from: string; to: string } {
  if (first.precision !== 'year' || last.precision !== 'year') {
    return { from: formatDate(first, locale), to: formatDate(last, locale) };
  }
  const label = yearsApart([first.year, last.year], locale);
  return { from: label(first.year), to: label(last.year) };
}

/**
 * The significant digits an archive's deep-time dates are written with in `locale`: enough that no two different
 * years of its entries (starts and ends) read alike on their pages and cards, as they would at the usual four.
 */
export function entryDigits(specs: Iterable<DateSpec>, locale: string): number {
  const deep = new Set<number>();
  for (const spec of specs)
    for (const date of [spec.start, spec.end]) if (date && date.year <= DEEP_TIME_YEAR) deep.add(date.year);
  if (deep.size < 2) return DEEP_TIME_DIGITS;
  return digitsApart([...deep], String, (year, digits) => formatYear(year, locale, digits));
}
