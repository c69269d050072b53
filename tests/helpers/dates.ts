/** Dates for tests, written as editors write them. */
import { parseDate, type PartialDate } from '../../src/core/dates.ts';

/** A date as the core reads it; throws (failing the test) when the text is not a date. */
export function date(input: string | number): PartialDate {
  const parsed = parseDate(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
}
