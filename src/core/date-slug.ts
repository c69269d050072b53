/** A date as the start of a file name, an id and an address: portable, readable, and BC kept apart from AD. */
import type { PartialDate } from './dates.ts';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * `2025-01-19`, `1900-01-01-123045` (no colons: Windows refuses them in file names), `0044-bc-03-15`,
 * `13800000000-bc`. A minus sign does not survive a slug, so a year before 1 AD is written as its BC number: 44 BC
 * (astronomical -43) never shares an address with AD 44.
 */
export function dateSlug(date: PartialDate): string {
  let text = date.year >= 1 ? pad(date.year, 4) : `${pad(1 - date.year, 4)}-bc`;
  if (date.month !== undefined) text += `-${pad(date.month)}`;
  if (date.day !== undefined) text += `-${pad(date.day)}`;
  if (date.precision === 'time') {
    text += `-${pad(date.hour ?? 0)}${pad(date.minute ?? 0)}${date.second === undefined ? '' : pad(date.second)}`;
  }
  return text;
}

/** The folder a year's entry files go in: `2025`, `44-bc`. */
export function yearFolder(year: number): string {
  return year >= 1 ? String(year) : `${1 - year}-bc`;
}
