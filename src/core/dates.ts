/**
 * Honest dates: a year, a month, a day or a moment with its time zone, never more precise than written.
 * Years follow ISO 8601's astronomical numbering, so 0 is 1 BC and -43 is 44 BC.
 */
import { dateWords } from './date-words.ts';
import type { DateQualifier } from './schema/vocabulary.ts';

export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** A calendar date known to some precision; fields finer than the precision are absent. */
export interface PartialDate {
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, for a time; 0 for "Z". */
  offsetMinutes?: number;
}

/** When an entry happened: a point or a span, with how sure we are. */
export interface DateSpec {
  start: PartialDate;
  end?: PartialDate;
  qualifier?: DateQualifier;
}

/** The words a language uses around dates; `dateWords(language)` (date-words.ts) gives them. */
export interface DateWords {
  circa: (date: string) => string;
  before: (date: string) => string;
  after: (date: string) => string;
  between: (start: string, end: string) => string;
  span: (start: string, end: string) => string;
  /** A deep-time date: `amount` is a number already written in the language ("13.8 billion"). */
  yearsAgo: (amount: string) => string;
}

export type ParseResult = { ok: true; date: PartialDate } | { ok: false; message: string };

/** How editors write a date (2025, 2025-01, 2025-01-19, 2025-01-19T14:30+02:00); parseDate checks the rest. */
export const DATE_PATTERN =
  /^(-?\d{1,16})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))?)?)?)?$/;
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };
/** The largest year written (either side of 0): past it a year has no exact number in JavaScript, or in a sort key. */
export const MAX_YEAR = 999_999_999_999_999;
/** The widest year that takes a month or a day: ISO 8601's four digits (a calendar that far out is a guess anyway). */
export const MAX_CALENDAR_YEAR = 9999;
/**
 * The last year told as a year (100,000 BC, as TimelineJS does): anything earlier reads "13.8 billion years ago", as
 * geologists and astronomers write it, because a BC year with ten digits says nothing to a reader.
 */
export const DEEP_TIME_YEAR = -99_999;
const MS_PER_DAY = 86_400_000;

/** Whether a year is a leap year in the proleptic Gregorian calendar (astronomical numbering). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Parses `2025`, `2025-01`, `2025-01-19` or `2025-01-19T14:30+01:00` (also a bare year number), checking the calendar.
 */
export function parseDate(input: unknown): ParseResult {
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return { ok: false, message: `a year must be a whole number, got ${input}` };
    if (!Number.isSafeInteger(input)) return { ok: false, message: `${input} is beyond the years a timeline can hold` };
    return parseDate(String(input));
  }
  if (typeof input !== 'string') {
    return { ok: false, message: `expected a date such as 2025, 2025-01 or 2025-01-19, got ${describe(input)}` };
  }
  const text = input.trim();
  const match = DATE_PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      message:
        `"${text}" is not a date: write 2025, 2025-01, 2025-01-19 or 2025-01-19T14:30+01:00 (years may be ` +
        `negative: -0043 is 44 BC)`,
    };
  }
  const [, y, mo, d, h, mi, s, zulu, sign, oh, om] = match;
  const year = Number(y);
  if (Math.abs(year) > MAX_YEAR) return { ok: false, message: `"${text}" is beyond the years a timeline can hold` };
  // -0 is 0: one year, one sort key.
  const date: PartialDate = { precision: 'year', year: year + 0 };
  if (mo === undefined) return { ok: true, date };
  if (Math.abs(year) > MAX_CALENDAR_YEAR) {
    return { ok: false, message: `"${text}": a year beyond 9999 (BC or AD) is written alone, without month or day` };
  }
  const month = Number(mo);
  if (month < 1 || month > 12) return { ok: false, message: `"${text}" has month ${mo}; months run from 01 to 12` };
  Object.assign(date, { precision: 'month', month });
  if (d === undefined) return { ok: true, date };
  const day = Number(d);
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    return { ok: false, message: `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${maxDay} days` };
  }
  Object.assign(date, { precision: 'day', day });
  if (h === undefined) return { ok: true, date };
  if (zulu === undefined && sign === undefined) {
    return { ok: false, message: `"${text}" has a time but no time zone: add Z for UTC or an offset such as +02:00` };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? undefined : Number(s);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59)
    return { ok: false, message: `"${text}" has an impossible time of day` };
  const offsetMinutes = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  if (Math.abs(offsetMinutes) > 14 * 60)
    return { ok: false, message: `"${text}" has a time-zone offset beyond ±14:00` };
  Object.assign(date, { precision: 'time', hour, minute, offsetMinutes });
  if (second !== undefined) date.second = second;
  return { ok: true, date };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof Date) return 'a timestamp (quote the date so it stays as written)';
  return typeof value === 'object' ? 'a list or mapping' : JSON.stringify(value);
}

function utcMilliseconds(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/**
 * A moment as its UTC year and the milliseconds into that year. A plain millisecond count cannot hold the Big Bang
 * (JavaScript dates end 275,000 years out), and a float that can loses the millisecond that sets "after 2020" apart.
 */
export interface Instant {
  year: number;
  ms: number;
}

const yearLength = (year: number) => (isLeapYear(year) ? 366 : 365) * MS_PER_DAY;

/** A millisecond count within JavaScript's date range as an instant. */
function instantAt(ms: number): Instant {
  const year = new Date(ms).getUTCFullYear();
  return { year, ms: ms - utcMilliseconds(year, 1, 1) };
}

/** The first moment (UTC) of the period a partial date names. */
export function startOf(date: PartialDate): Instant {
  if (date.precision === 'year') return { year: date.year, ms: 0 };
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0, offsetMinutes = 0 } = date;
  return instantAt(utcMilliseconds(year, month, day, hour, minute, second) - offsetMinutes * 60_000);
}

/** The last moment (UTC) of the period a partial date names. */
export function endOf(date: PartialDate): Instant {
  const { year, month = 1, day = 1 } = date;
  switch (date.precision) {
    case 'year':
      return { year, ms: yearLength(year) - 1 };
    case 'month':
      return instantAt(utcMilliseconds(year, month + 1, 1) - 1);
    case 'day':
      return instantAt(utcMilliseconds(year, month, day + 1) - 1);
    case 'time': {
      const start = startOf(date);
      return instantAt(utcMilliseconds(start.year, 1, 1) + start.ms + (date.second === undefined ? 59_999 : 999));
    }
  }
}

/** Orders two instants (negative when `a` comes first). */
export function compareInstants(a: Instant, b: Instant): number {
  return a.year - b.year || a.ms - b.ms;
}

/** An instant as milliseconds since 1970: exact within JavaScript's date range, a year's worth of them beyond it. */
function toMilliseconds({ year, ms }: Instant): number {
  return Math.abs(year) < 270_000 ? utcMilliseconds(year, 1, 1) + ms : (year - 1970) * 365.2425 * MS_PER_DAY + ms;
}

/** The first millisecond (UTC) of the period a partial date names (beyond JavaScript's dates, an estimate). */
export function firstInstant(date: PartialDate): number {
  return toMilliseconds(startOf(date));
}

/** The last millisecond (UTC) of the period a partial date names (beyond JavaScript's dates, an estimate). */
export function lastInstant(date: PartialDate): number {
  return toMilliseconds(endOf(date));
}

/** Whether a span's end comes wholly before its start (so the span is impossible). */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return compareInstants(endOf(end), startOf(start)) < 0;
}

/**
 * A string that sorts dates chronologically with plain `<`: "before X" just ahead of X, "after X" after the whole of X,
 * and a coarser date ahead of finer ones at the same instant. The year is shifted by MAX_YEAR + 1 so every year, back
 * to the Big Bang and beyond, is a non-negative number of the same width.
 */
export function sortKey(spec: DateSpec): string {
  const instant = spec.qualifier === 'after' ? endOf(spec.start) : startOf(spec.start);
  const qualifierRank = spec.qualifier === 'before' ? 0 : spec.qualifier === 'after' ? 2 : 1;
  const year = String(instant.year + MAX_YEAR + 1).padStart(16, '0');
  const ms = String(instant.ms).padStart(11, '0');
  return `${year}${ms}.${qualifierRank}${PRECISION_RANK[spec.start.precision]}`;
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

/** The same date in canonical written form (`2025-01-19`, `-0043`, `2025-01-19T14:30+01:00`). */
export function formatIso(date: PartialDate): string {
  let text = `${date.year < 0 ? '-' : ''}${pad(date.year, 4)}`;
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  if (date.precision === 'time') {
    text += `T${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}`;
    if (date.second !== undefined) text += `:${pad(date.second)}`;
    text += formatOffset(date.offsetMinutes ?? 0, 'iso');
  }
  return text;
}

/** The value for `<time datetime>`, or undefined where HTML has no form for it (years before 1 AD). */
export function machineDate(date: PartialDate): string | undefined {
  return date.year >= 1 ? formatIso(date) : undefined;
}

function formatOffset(offsetMinutes: number, style: 'iso' | 'human'): string {
  if (offsetMinutes === 0) return style === 'iso' ? 'Z' : 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  if (style === 'iso') return `${sign}${pad(hours)}:${pad(minutes)}`;
  return `UTC${sign}${hours}${minutes ? `:${pad(minutes)}` : ''}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision: making an Intl.DateTimeFormat costs far more than using one. */
function formatter(locale: string, precision: DatePrecision, era: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${era}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (era) options.era = 'short';
    if (precision !== 'year') options.month = 'long';
    if (precision === 'day' || precision === 'time') options.day = 'numeric';
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A partial date in words, in the given language, at exactly
 * its own precision ("January 2025", never "1 January 2025").
 */
export function formatDate(date: PartialDate, locale: string, digits = DEEP_TIME_DIGITS): string {
  if (date.precision === 'year') return formatYear(date.year, locale, digits);
  const calendarDay = new Date(utcMilliseconds(date.year, date.month ?? 1, date.day ?? 1));
  const words = formatter(locale, date.precision, date.year <= 0).format(calendarDay);
  if (date.precision !== 'time') return words;
  // The wall-clock time as written, with its own offset: a reader in another zone sees what the source said.
  const seconds = date.second === undefined ? '' : `:${pad(date.second)}`;
  const offset = formatOffset(date.offsetMinutes ?? 0, 'human');
  return `${words}, ${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}${seconds} ${offset}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The significant digits deep time is printed with, as TimelineJS prints it: "13.8 billion", "538.8 million",
 * "4.567 billion". Years shown together may need more to tell them apart (year-labels.ts).
 */
export const DEEP_TIME_DIGITS = 4;
/** The most significant digits Intl writes: more than any year MAX_YEAR allows has. */
export const MOST_DIGITS = 21;

/** One number format per language, style and precision, made once (as the date formatters are). */
function numberFormat(locale: string, style: 'grouped' | 'compact', digits = DEEP_TIME_DIGITS): Intl.NumberFormat {
  const key = `${locale}|${style}|${digits}`;
  let found = numberFormats.get(key);
  if (!found) {
    const options: Intl.NumberFormatOptions =
      style === 'compact' ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits } : {};
    found = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, found);
  }
  return found;
}

/**
 * A year as readers expect it in a language: "2025", "44 BC", "12,000 BC", and from 100,000 BC on "13.8 billion years
 * ago" (counted from 1 BC, as TimelineJS counts, so a date prints the same for every reader in every year), with
 * `digits` significant digits in deep time.
 */
export function formatYear(year: number, locale: string, digits = DEEP_TIME_DIGITS): string {
  if (year <= DEEP_TIME_YEAR) {
    return dateWords(locale).yearsAgo(numberFormat(locale, 'compact', digits).format(1 - year));
  }
  // JavaScript dates end 275,760 years after 1970: later years are written as plain numbers.
  if (year > 275_000) return numberFormat(locale, 'grouped').format(year);
  const parts = formatter(locale, 'year', year <= 0).formatToParts(new Date(utcMilliseconds(year, 1, 1)));
  // Intl writes 12000 BC; a five-digit year reads better grouped, as the language groups its numbers.
  const grouped = (digits: string) =>
    digits.length > 4 ? numberFormat(locale, 'grouped').format(Number(digits)) : digits;
  return parts.map((part) => (part.type === 'year' ? grouped(part.value) : part.value)).join('');
}

/**
 * A whole date spec in words: qualifier, span and precision together ("before 20 January 2025"), deep time with
 * `digits` significant digits.
 */
export function formatDateSpec(spec: DateSpec, locale: string, words: DateWords, digits = DEEP_TIME_DIGITS): string {
  const start = formatDate(spec.start, locale, digits);
  const end = spec.end ? formatDate(spec.end, locale, digits) : undefined;
  switch (spec.qualifier) {
    case 'circa':
      return words.circa(end ? words.span(start, end) : start);
    case 'before':
      return words.before(start);
    case 'after':
      return words.after(start);
    case 'between':
      return end ? words.between(start, end) : start;
    default:
      return end ? words.span(start, end) : start;
  }
}
