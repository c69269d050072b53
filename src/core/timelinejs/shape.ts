/**
 * A parsed TimelineJS file checked against the shapes the importer reads. Files from other tools hold numbers where
 * text belongs, lists where a slide belongs, `null` anywhere: each such field is left out with a note naming where it
 * is, so no value of any type can crash the import.
 */
import type { Field, TLDate, TLMedia, TLSlide, TLTimeline } from './format.ts';

/** Where a value sits in the file (`events[3].text.headline`) and its line and column, for a note. */
export type Locate = (path: (string | number)[]) => string;

const DATE_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const MEDIA_FIELDS = ['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target'] as const;
const TEXT_FIELDS = ['group', 'display_date', 'unique_id', 'autolink', 'type'] as const;

/** Each slide's place in its file's list, from 1 (`event 3`, `era 1`), even where slides before it are left out. */
export const slideNumbers = new WeakMap<TLSlide, number>();
/** Each slide's row in a spreadsheet (the Google Sheets template as CSV), counting its header as row 1. */
export const slideRows = new WeakMap<TLSlide, number>();

/**
 * A place in a TimelineJS file as notes name it, counting from 1 as an editor does: `event 1, text.headline`,
 * `era 2`, `title slide, media`.
 */
export function placeInWords(path: readonly (string | number)[]): string {
  const [list, index, ...rest] = path;
  const slide =
    list === 'title'
      ? 'title slide'
      : typeof index === 'number' && (list === 'events' || list === 'eras')
        ? `${list === 'eras' ? 'era' : 'event'} ${index + 1}`
        : undefined;
  if (!slide) return path.join('.');
  const field = (list === 'title' ? [index, ...rest] : rest).filter((part) => part !== undefined).join('.');
  return field ? `${slide}, ${field}` : slide;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'boolean' ? 'true or false' : typeof value;
}

/** Checks one file: the timeline as the importer reads it, and a note for each value left out. */
export function shapeTimeline(
  data: Record<string, unknown>,
  locate: Locate,
): { timeline: TLTimeline; notes: string[] } {
  const notes: string[] = [];
  const leftOut = (path: (string | number)[], expected: string, value: unknown) =>
    notes.push(`${locate(path)}: expected ${expected}, got ${kindOf(value)}; left out`);

  /** Text, or a number written where TimelineJS takes text (as the Sheets template writes years). */
  const text = (value: unknown, path: (string | number)[]): string | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    leftOut(path, 'text', value);
    return undefined;
  };
  const fields = <K extends string>(value: unknown, keys: readonly K[], path: (string | number)[]) => {
    const result: Partial<Record<K, string>> = {};
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) return void leftOut(path, 'an object', value);
    for (const key of keys) {
      const found = text(value[key], [...path, key]);
      if (found !== undefined) result[key] = found;
    }
    return result;
  };
  const slide = (value: unknown, path: (string | number)[]): TLSlide | undefined => {
    if (!isObject(value)) return void leftOut(path, 'a slide (an object)', value);
    const result: TLSlide = { ...value };
    const date = (key: 'start_date' | 'end_date') => {
      const found: (TLDate & Record<string, Field>) | undefined = fields(value[key], DATE_FIELDS, [...path, key]);
      const shown = isObject(value[key]) ? text(value[key]['display_date'], [...path, key, 'display_date']) : undefined;
      return found && shown !== undefined ? { ...found, display_date: shown } : found;
    };
    for (const key of ['start_date', 'end_date'] as const) {
      const found = date(key);
      if (found) result[key] = found;
      else delete result[key];
    }
    const words = fields(value['text'], ['headline', 'text'] as const, [...path, 'text']);
    if (words) result.text = words;
    else delete result.text;
    const media: TLMedia | undefined = fields(value['media'], MEDIA_FIELDS, [...path, 'media']);
    if (media) result.media = media;
    else delete result.media;
    for (const key of TEXT_FIELDS) {
      const found = text(value[key], [...path, key]);
      if (found !== undefined) result[key] = found;
      else delete result[key];
    }
    return result;
  };
  const slides = (key: 'events' | 'eras'): TLSlide[] => {
    const list: unknown = data[key];
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) {
      leftOut([key], 'a list of slides', list);
      return [];
    }
    return (list as unknown[]).flatMap<TLSlide>((item, index) => {
      const found = slide(item, [key, index]);
      if (found) slideNumbers.set(found, index + 1);
      return found ?? [];
    });
  };
  const title = data['title'] === undefined || data['title'] === null ? undefined : slide(data['title'], ['title']);
  const timeline: TLTimeline = { events: slides('events'), eras: slides('eras'), ...(title ? { title } : {}) };
  if (typeof data['scale'] === 'string') timeline.scale = data['scale'];
  return { timeline, notes };
}
