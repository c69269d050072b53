/**
 * The TimelineJS format (Knight Lab's JSON: https://timeline.knightlab.com/docs/json-format.html) as this project
 * reads and writes it: its shapes, and how text travels in the fields TimelineJS treats as HTML.
 */
import { htmlToText } from '../html-text.ts';

/** A field TimelineJS files write as a string or a number (the Sheets template), or leave out. */
export type Field = string | number | undefined;

/** A date as TimelineJS writes it: each part its own field, no time zone. */
export interface TLDate {
  year?: Field;
  month?: Field;
  day?: Field;
  hour?: Field;
  minute?: Field;
  second?: Field;
  millisecond?: Field;
  display_date?: string;
}

/** A slide's media: an address TimelineJS embeds (image, video, page…), with its caption and credit as HTML. */
export interface TLMedia {
  url?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  thumbnail?: string | undefined;
  alt?: string | undefined;
}

/** One slide: an event, the title slide or an era. Text fields are HTML to TimelineJS. */
export interface TLSlide {
  start_date?: TLDate;
  end_date?: TLDate;
  text?: { headline?: string | undefined; text?: string | undefined };
  media?: TLMedia;
  group?: string | undefined;
  display_date?: string | undefined;
  unique_id?: string;
  background?: unknown;
  [other: string]: unknown;
}

/** A whole timeline file. */
export interface TLTimeline {
  title?: TLSlide;
  events: TLSlide[];
  eras?: TLSlide[];
  scale?: string;
}

/** The class of the paragraph that carries an entry's summary in an exported slide's text. */
export const SUMMARY_CLASS = 'timeline-summary';

/** Text as HTML that shows it as written. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text for the fields TimelineJS reads as HTML, keeps the text of, and then writes as HTML (display dates and groups):
 * escaped twice, so the text it writes is still escaped. (A TimelineJS without that step shows entities, never markup.)
 */
export const escapeTwice = (text: string) => escapeHtml(escapeHtml(text));

/**
 * What TimelineJS shows of a display date or group, as text: the inverse of escapeTwice, and of TimelineJS's reading.
 */
export const shownText = (html: string) => htmlToText(htmlToText(html));
