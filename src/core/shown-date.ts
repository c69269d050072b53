/**
 * Dates as pages show them: words in a language (by `formatDate` and the language's date words) and the machine
 * form for `<time datetime>`. The model's dates are made here, and pages print them rather than format dates again.
 */
import { dateWords } from './date-words.ts';
import { formatDate, formatDateSpec, machineDate, parseDate, type DateSpec, type PartialDate } from './dates.ts';
import type { ShownDate } from './model.ts';
import { optional } from './optional.ts';

/** A single date in words in a language, with its machine form where HTML has one. */
export function showDate(date: PartialDate, locale: string): { text: string; datetime?: string } {
  return { text: formatDate(date, locale), ...optional('datetime', machineDate(date)) };
}

/**
 * An entry's date in a language: the editor's label if any (the computed words kept beside it), and how it sorts;
 * deep time with `digits` significant digits (enough to tell the timeline's dates apart: year-labels.ts).
 */
export function showDateSpec(
  spec: DateSpec,
  sortKey: string,
  label: string | undefined,
  locale: string,
  digits?: number,
): ShownDate {
  const computed = formatDateSpec(spec, locale, dateWords(locale), digits);
  return {
    text: label ?? computed,
    computed,
    ...optional('datetime', machineDate(spec.start)),
    ...optional('endDatetime', spec.end ? machineDate(spec.end) : undefined),
    precision: spec.start.precision,
    ...optional('qualifier', spec.qualifier),
    sortKey,
    year: spec.start.year,
    ...optional('month', spec.start.month),
  };
}

/**
 * Any date the model shows: an entry's (with its computed words
 * and qualifier) or a plain one (an update's, a source's).
 */
export interface DateToShow {
  text: string;
  datetime?: string;
  computed?: string;
  qualifier?: ShownDate['qualifier'];
  endDatetime?: string;
}

/**
 * A shown date's words on a page in `language`, a translation's (undefined on the site's own pages). A plain date
 * (no label, qualifier or end) is written in that language from its machine form; any other keeps the model's words.
 */
export function dateTextIn(date: DateToShow, language: string | undefined): string {
  const labelled = date.computed !== undefined && date.computed !== date.text;
  if (language === undefined || !date.datetime || labelled || date.qualifier || date.endDatetime) return date.text;
  const parsed = parseDate(date.datetime);
  return parsed.ok ? formatDate(parsed.date, language) : date.text;
}
