/**
 * TimelineJS in and out. A TimelineJS timeline (Knight Lab's JSON format, or the Google Sheets template as CSV)
 * becomes entries and threads of this model; the model becomes a TimelineJS timeline a newsroom can embed.
 * Format: https://timeline.knightlab.com/docs/json-format.html
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import slugify from '@sindresorhus/slugify';
import type { Element, Root as HastRoot } from 'hast';
import { formatIso, parseDate, type PartialDate } from './dates.ts';
import { firstSentence, htmlToMarkdown, htmlToText, parseHtml } from './html-text.ts';
import type { ResolvedEntry, TimelineModel } from './model.ts';
import { positionsIn } from './positions.ts';
import { entrySchema, type Thread } from './schema/index.ts';
import type { EntryKind } from './schema/vocabulary.ts';

type Field = string | number | undefined;
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
export interface TLMedia {
  url?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
  thumbnail?: string | undefined;
  alt?: string | undefined;
}
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
export interface TLTimeline {
  title?: TLSlide;
  events: TLSlide[];
  eras?: TLSlide[];
  scale?: string;
}

/** An entry ready to write: its id, its frontmatter (checked against the schema) and its Markdown body. */
export interface ImportedEntry {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** Threads the entries refer to (the timeline itself, and each TimelineJS group). */
  threads: Thread[];
  /** What could not be carried over, one line each, naming the slide. */
  notes: string[];
}

export interface ImportOptions {
  /** The file's name, for the source note and the thread when the timeline has no title. */
  fileName: string;
  /** Offset for times of day, which TimelineJS gives without a zone (default `Z`, UTC). */
  timeZone?: string;
}

const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'unique_id',
  'background',
  'autolink',
  'type',
]);
const SUMMARY_CLASS = 'timeline-summary';

/** Reads a TimelineJS JSON file's text; a syntax error names its line and column. */
export function parseTimelineJson(text: string): TLTimeline {
  const errors: ParseError[] = [];
  const data: unknown = parseJson(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const [first] = errors;
  if (first) {
    const { line, column } = positionsIn(text)(first.offset);
    throw new Error(`not valid JSON at line ${line}, column ${column}: ${printParseErrorCode(first.error)}`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as TLTimeline).events))
    throw new Error('not a TimelineJS timeline: expected an object with an "events" list');
  return data as TLTimeline;
}

/**
 * Reads the TimelineJS Google Sheets template exported as CSV into the JSON form (a `title` row, `era` rows, events).
 */
export function parseTimelineCsv(text: string): TLTimeline {
  const rows = parseCsv(text, {
    columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
  }) as Record<string, string>[];
  const timeline: TLTimeline = { events: [], eras: [] };
  for (const row of rows) {
    const [hour, minute, second] = (row['time'] ?? '').split(':');
    const [endHour, endMinute, endSecond] = (row['end time'] ?? '').split(':');
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
      },
      group: row['group'],
      background: row['background'],
    };
    const type = (row['type'] ?? '').trim().toLowerCase();
    if (type === 'title') timeline.title = slide;
    else if (type === 'era') timeline.eras?.push(slide);
    else timeline.events.push(slide);
  }
  return timeline;
}

const present = (value: Field): value is string | number => value !== undefined && String(value).trim() !== '';

/** A TimelineJS date in this model's written form, or a reason it cannot be one. */
export function convertDate(date: TLDate | undefined, timeZone = 'Z'): { date?: string; note?: string } {
  if (!date || !present(date.year)) return {};
  const pad = (value: string | number) => String(value).trim().padStart(2, '0');
  const year = Number(String(date.year).trim());
  if (!Number.isInteger(year)) return { note: `year "${date.year}" is not a whole number` };
  let text = formatIso({ precision: 'year', year });
  if (present(date.month)) text += `-${pad(date.month)}`;
  if (present(date.month) && present(date.day)) text += `-${pad(date.day)}`;
  if (present(date.month) && present(date.day) && present(date.hour)) {
    const seconds = present(date.second) ? `:${pad(date.second)}` : '';
    text += `T${pad(date.hour)}:${pad(present(date.minute) ? date.minute : 0)}${seconds}${timeZone}`;
  }
  const parsed = parseDate(text);
  return parsed.ok ? { date: text } : { note: parsed.message };
}

/**
 * Converts a TimelineJS timeline into entries and threads; nothing invalid is returned, everything left out is noted.
 */
export async function importTimeline(timeline: TLTimeline, options: ImportOptions): Promise<ImportResult> {
  const notes: string[] = [];
  const timelineTitle = htmlToText(timeline.title?.text?.headline ?? '') || options.fileName;
  const mainThread: Thread = { id: slugify(timelineTitle).slice(0, 60) || 'imported', title: timelineTitle };
  const intro = htmlToText(timeline.title?.text?.text ?? '');
  if (intro) mainThread.summary = firstSentence(intro, 400);
  const threads = new Map<string, Thread>([[mainThread.id, mainThread]]);
  const source = { note: `From the TimelineJS timeline “${timelineTitle}” (${options.fileName}).` };
  const entries: ImportedEntry[] = [];
  const seen = new Set<string>();

  const slides = [
    ...timeline.events.map((slide) => ({ slide, kind: 'event' as EntryKind })),
    ...(timeline.eras ?? []).map((slide) => ({ slide, kind: 'period' as EntryKind })),
  ];
  for (const [index, { slide, kind }] of slides.entries()) {
    const quotedHeadline = slide.text?.headline ? ` (“${htmlToText(slide.text.headline)}”)` : '';
    const name = `${kind === 'period' ? 'era' : 'event'} ${index + 1}${quotedHeadline}`;
    const start = convertDate(slide.start_date, options.timeZone);
    const end = convertDate(slide.end_date, options.timeZone);
    if (!start.date) {
      notes.push(`${name}: left out, ${start.note ?? 'it has no start date'}`);
      continue;
    }
    if (end.note) notes.push(`${name}: end date left out, ${end.note}`);
    const { summary, markdown: text } = await splitText(slide.text?.text ?? '');
    // TimelineJS can show a quotation as a slide's "media": keep it, as a quotation in the body.
    const quotedMedia = slide.media?.url?.trim().startsWith('<') ? await htmlToMarkdown(slide.media.url) : '';
    const markdown = [text, quotedMedia].filter(Boolean).join('\n\n');
    const headline = htmlToText(slide.text?.headline ?? '');
    const title =
      headline || firstSentence(summary, 120) || `Untitled ${kind === 'period' ? 'era' : 'event'} of ${start.date}`;
    if (!headline) notes.push(`${name}: no headline; the title was made from ${summary ? 'its text' : 'its date'}`);
    const id = uniqueId(
      slugify(slide.unique_id ?? '') ||
        `${kind === 'period' ? 'era-' : ''}${start.date}-${slugify(title)}`.slice(0, 80).replace(/-+$/, ''),
      seen,
    );
    const group = shownText(slide.group ?? '');
    // A group of only punctuation has no slug: its storyline still needs a valid id.
    const groupThread = group ? { id: slugify(group).slice(0, 60) || 'group', title: group } : undefined;
    if (groupThread && !threads.has(groupThread.id)) threads.set(groupThread.id, groupThread);
    const media = convertMedia(slide.media, name, notes);
    const displayDate = (slide.display_date ?? slide.start_date?.display_date ?? '').trim();
    const frontmatter: Record<string, unknown> = {
      title,
      summary: summary || title,
      date: start.date,
      ...(end.date ? { end: end.date } : {}),
      ...(displayDate ? { dateLabel: shownText(displayDate) } : {}),
      kind,
      threads: [mainThread.id, ...(groupThread && groupThread.id !== mainThread.id ? [groupThread.id] : [])],
      sources: [source],
      ...(media ? { media } : {}),
    };
    const unused = Object.keys(slide).filter((key) => !SLIDE_KEYS.has(key));
    if (slide.background && JSON.stringify(slide.background) !== '{}' && slide.background !== '')
      notes.push(`${name}: background not imported (the site has no slide backgrounds)`);
    if (unused.length) notes.push(`${name}: fields not imported: ${unused.join(', ')}`);
    const checked = entrySchema.safeParse(frontmatter);
    if (!checked.success) {
      notes.push(
        `${name}: left out, ` +
          checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      );
      continue;
    }
    entries.push({ id, frontmatter, body: markdown });
  }
  if (timeline.title?.media?.url) notes.push('title slide: media not imported');
  return { entries, threads: [...threads.values()], notes };
}

/** Our own export puts the summary in a marked first paragraph; other timelines get it from their first sentence. */
async function splitText(html: string): Promise<{ summary: string; markdown: string }> {
  const tree: HastRoot = parseHtml(html);
  const first = tree.children.find((node): node is Element => node.type === 'element');
  const marked = first?.tagName === 'p' && String(first.properties['className'] ?? '').includes(SUMMARY_CLASS);
  if (marked) tree.children = tree.children.filter((node) => node !== first);
  const markdown = await htmlToMarkdown(tree);
  const summary = marked ? htmlToText(toHtmlText(first)) : firstSentence(htmlToText(html));
  return { summary, markdown };
}

function toHtmlText(element: Element | undefined): string {
  return (element?.children ?? [])
    .map((child) => ('value' in child ? String(child.value) : toHtmlText(child as Element)))
    .join('');
}

function convertMedia(media: TLMedia | undefined, name: string, notes: string[]): Record<string, string> | undefined {
  const raw = media?.url?.trim();
  if (!raw || raw.startsWith('<')) return undefined;
  const url = raw.startsWith('//') ? `https:${raw}` : raw;
  if (!/^https?:\/\//.test(url)) {
    notes.push(`${name}: media "${raw}" left out (only http and https addresses can be kept)`);
    return undefined;
  }
  const thumbnail = media?.thumbnail?.trim().replace(/^\/\//, 'https://');
  const caption = htmlToText(media?.caption ?? '');
  const credit = htmlToText(media?.credit ?? '');
  return {
    url,
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(media?.alt?.trim() ? { alt: media.alt.trim() } : {}),
    ...(thumbnail && /^https?:\/\//.test(thumbnail) ? { thumbnail } : {}),
  };
}

function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`;
  seen.add(candidate);
  return candidate;
}

function tlDate(date: PartialDate): TLDate {
  const result: TLDate = { year: String(date.year) };
  if (date.month !== undefined) result.month = String(date.month);
  if (date.day !== undefined) result.day = String(date.day);
  if (date.precision === 'time') {
    // TimelineJS has no time zones: give the time in UTC.
    const utc = new Date(Date.UTC(2000, 0, 1, date.hour ?? 0, (date.minute ?? 0) - (date.offsetMinutes ?? 0)));
    result.hour = String(utc.getUTCHours());
    result.minute = String(utc.getUTCMinutes());
  }
  return result;
}

/** Text as HTML that shows it as written. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Text for the fields TimelineJS reads as HTML, keeps the text of, and then writes as HTML (display dates and groups):
 * escaped twice, so the text it writes is still escaped. (A TimelineJS without that step shows entities, never markup.)
 */
const escapeTwice = (text: string) => escapeHtml(escapeHtml(text));

/**
 * What TimelineJS shows of a display date or group, as text: the inverse of escapeTwice, and of TimelineJS's reading.
 */
const shownText = (html: string) => htmlToText(htmlToText(html));

/**
 * A media address TimelineJS can write into its own markup: the schema allows http(s) only; the parsed form encodes
 * spaces, quotes and angle brackets, and apostrophes are encoded too, since TimelineJS writes some frames' addresses
 * between apostrophes (PDF, Google Docs).
 */
function mediaUrl(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed?.protocol !== 'https:' && parsed?.protocol !== 'http:') return undefined;
  return parsed.href.replace(/'/g, '%27').replace(/`/g, '%60');
}

/** An entry's media as a TimelineJS slide's: a safe address, its caption and credit as text. */
function slideMedia(media: ResolvedEntry['media']): TLMedia | undefined {
  const url = media && mediaUrl(media.url);
  if (!media || !url) return undefined;
  return {
    url,
    ...(media.caption ? { caption: escapeHtml(media.caption) } : {}),
    ...(media.credit ? { credit: escapeHtml(media.credit) } : {}),
  };
}

/**
 * The model as a TimelineJS timeline: each entry a slide, its first storyline as the group, `bodyHtml` as text (which
 * must come sanitized: TimelineJS writes it as HTML into the embedding page). Every other field is plain text from the
 * frontmatter and goes out escaped for the way TimelineJS writes it.
 */
export function exportTimeline(model: TimelineModel, bodyHtml: (entry: ResolvedEntry) => string): TLTimeline {
  const thread = new Map(model.threads.map((item) => [item.id, item.title]));
  return {
    title: { text: { headline: escapeHtml(model.site.title), text: `<p>${escapeHtml(model.site.description)}</p>` } },
    events: model.entries.map((entry) => {
      const media = slideMedia(entry.media);
      return {
        start_date: tlDate(entry.spec.start),
        ...(entry.spec.end ? { end_date: tlDate(entry.spec.end) } : {}),
        // TimelineJS prints its own date unless told otherwise: say
        // it in words where ours differs (a label, a qualifier).
        ...(entry.date.text !== entry.date.computed || entry.spec.qualifier
          ? { display_date: escapeTwice(entry.date.text) }
          : {}),
        text: {
          headline: escapeHtml(entry.title),
          text: `<p class="${SUMMARY_CLASS}">${escapeHtml(entry.summary)}</p>${bodyHtml(entry)}`,
        },
        ...(media ? { media } : {}),
        ...(entry.threads[0] ? { group: escapeTwice(thread.get(entry.threads[0]) ?? entry.threads[0]) } : {}),
        unique_id: entry.id,
      };
    }),
  };
}
