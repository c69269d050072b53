/** Reading TimelineJS files: its JSON, or its Google Sheets template exported as CSV, into the JSON form. */
import { parse as parseCsv } from 'csv-parse/sync';
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError } from 'jsonc-parser';
import { positionsIn } from '../positions.ts';
import type { TLSlide, TLTimeline } from './format.ts';
import { jsonErrorInWords } from '../json-errors.ts';
import { placeInWords, shapeTimeline, slideRows } from './shape.ts';

/** A TimelineJS file as the importer reads it, with a note for every value of the wrong type left out. */
export interface ReadTimeline {
  timeline: TLTimeline;
  notes: string[];
}

/** Reads a TimelineJS JSON file's text; a syntax error names its line and column, and so does each note. */
export function parseTimelineJson(text: string): ReadTimeline {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [first] = errors;
  const position = positionsIn(text);
  if (first) {
    const { line, column } = position(first.offset);
    throw new Error(`not valid JSON at line ${line}, column ${column}: ${jsonErrorInWords(first.error)}`);
  }
  const data: unknown = tree ? getNodeValue(tree) : undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('events' in data))
    throw new Error('not a TimelineJS timeline: expected an object with an "events" list');
  const locate = (path: (string | number)[]) => {
    const node = tree && findNodeAtLocation(tree, path);
    const name = placeInWords(path);
    if (!node) return name;
    const { line, column } = position(node.offset);
    return `${name} (line ${line}, column ${column})`;
  };
  return shapeTimeline(data as Record<string, unknown>, locate);
}

/** The Google Sheets template's columns (TimelineJS's ConfigFactory.js reads these), in lower case. */
const CSV_COLUMNS = new Set([
  ...['year', 'month', 'day', 'time', 'end year', 'end month', 'end day', 'end time', 'display date'],
  ...['headline', 'text', 'media', 'media credit', 'media caption', 'media thumbnail', 'alt text'],
  ...['type', 'group', 'background'],
]);

/**
 * Reads the TimelineJS Google Sheets template exported as CSV into the JSON form (a `title` row, `era` rows, events).
 */
export function parseTimelineCsv(text: string): ReadTimeline {
  const rows = parseCsv(text, {
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
  }) as Record<string, string>[];
  // A sheet without a Year column is not TimelineJS's template: importing it would write a storyline of nothing.
  if (rows.length > 0 && !('year' in (rows[0] ?? {})))
    throw new Error(
      `no "Year" column: this is not TimelineJS's Google Sheets template (its columns are Year, Month, Day, Time, ` +
        `End Year…, Headline, Text, Media…); export the template's sheet as CSV`,
    );
  const timeline: TLTimeline = { events: [], eras: [] };
  for (const [index, row] of rows.entries()) {
    const [hour, minute, second] = clockTime(row['time'] ?? '');
    const [endHour, endMinute, endSecond] = clockTime(row['end time'] ?? '');
    const slide: TLSlide = {
      start_date: { year: row['year'], month: row['month'], day: row['day'], hour, minute, second },
      end_date: {
        year: row['end year'],
        month: row['end month'],
        day: row['end day'],
        hour: endHour,
        minute: endMinute,
        second: endSecond,
      },
      display_date: row['display date'],
      text: { headline: row['headline'], text: row['text'] },
      media: {
        url: row['media'],
        credit: row['media credit'],
        caption: row['media caption'],
        thumbnail: row['media thumbnail'],
        alt: row['alt text'],
      },
      group: row['group'],
      background: row['background'],
    };
    // Columns this reader does not know go on as slide fields, which the importer lists as not carried over.
    for (const [column, value] of Object.entries(row))
      if (!CSV_COLUMNS.has(column) && String(value ?? '').trim()) slide[column] = value;
    // The row an editor sees in the sheet: the header is row 1.
    slideRows.set(slide, index + 2);
    const type = (row['type'] ?? '').trim().toLowerCase();
    if (type === 'title') timeline.title = slide;
    else if (type === 'era') timeline.eras?.push(slide);
    else timeline.events.push(slide);
  }
  return { timeline, notes: [] };
}

/**
 * A sheet's time as hour, minute and second: "14:30", "14:30:05", and the 12-hour "8:46 AM" or "12:05 p.m." people
 * type into a spreadsheet (hour 12 AM is midnight). Anything else is handed on as written, to be noted as it is.
 */
function clockTime(text: string): (string | undefined)[] {
  const twelve = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i.exec(text.trim());
  if (!twelve) return text.split(':');
  const [, hour = '0', minute = '00', second, half = 'a'] = twelve;
  const hour24 = (Number(hour) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  return [String(hour24), minute, second];
}
