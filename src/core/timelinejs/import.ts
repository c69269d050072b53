/** A TimelineJS timeline into this model: entries and threads, with a note for everything left out. */
import slugify from '@sindresorhus/slugify';
import type { Element, Root as HastRoot } from 'hast';
import { dateSlug } from '../date-slug.ts';
import { formatDate, formatIso, MAX_CALENDAR_YEAR, parseDate } from '../dates.ts';
import { firstSentence, firstSentenceOfHtml, htmlToMarkdown, htmlToText, parseHtml } from '../html-text.ts';
import { entrySchema, type Thread } from '../schema/index.ts';
import type { EntryKind } from '../schema/vocabulary.ts';
import { shownText, SUMMARY_CLASS, type Field, type TLDate, type TLSlide, type TLTimeline } from './format.ts';
import { convertMedia } from './media.ts';

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
  /** The site's title and description from the title slide, as text; absent where the slide says nothing. */
  site: { title?: string; description?: string };
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

const present = (value: Field): value is string | number => value !== undefined && String(value).trim() !== '';

/**
 * A TimelineJS year as this model's: TimelineJS shows its year -3500 as "3500 BCE", where ISO 8601 (and `content/`)
 * numbers 3500 BC as -3499, since its year 0 is 1 BC. Year 0, which TimelineJS shows as "0", is taken as 1 BC.
 */
export const fromTimelineYear = (year: number) => (year < 0 ? year + 1 : year);

/** A TimelineJS date in this model's written form, or a reason it cannot be one (a note where part is dropped). */
export function convertDate(date: TLDate | undefined, timeZone = 'Z'): { date?: string; note?: string } {
  if (!date || !present(date.year)) return {};
  const pad = (value: string | number) => String(value).trim().padStart(2, '0');
  const written = Number(
    String(date.year)
      .trim()
      .replace(/[,_\s]/g, ''),
  );
  if (!Number.isSafeInteger(written)) return { note: `year "${date.year}" is not a whole number this site can hold` };
  const year = fromTimelineYear(written);
  let text = formatIso({ precision: 'year', year });
  // Past four digits a month or day means nothing to a reader (and ISO 8601 has no form for it): keep the year.
  if (Math.abs(year) > MAX_CALENDAR_YEAR) {
    const dropped = present(date.month) ? `; its month and day are left out` : '';
    return { date: text, ...(dropped ? { note: `year ${written}${dropped}` } : {}) };
  }
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
  const headline = htmlToText(timeline.title?.text?.headline ?? '');
  const timelineTitle = headline || options.fileName;
  const mainThread: Thread = { id: slugify(timelineTitle).slice(0, 60) || 'imported', title: timelineTitle };
  const intro = htmlToText(timeline.title?.text?.text ?? '');
  if (intro) mainThread.summary = firstSentence(intro, 400);
  const threads = new Map<string, Thread>([[mainThread.id, mainThread]]);
  const source = { note: `From the TimelineJS timeline “${timelineTitle}” (${options.fileName}).` };
  const entries: ImportedEntry[] = [];
  const seen = new Set<string>();
  const madeTitles = new Set<string>();

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
    if (start.note) notes.push(`${name}: start date ${start.note}`);
    if (end.note) notes.push(`${name}: end date ${end.date ? '' : 'left out, '}${end.note}`);
    const { summary, markdown: text } = await splitText(slide.text?.text ?? '');
    // TimelineJS can show a quotation as a slide's "media": it stays a quotation, at the end of the body.
    const { media, quotation } = await convertMedia(slide.media, name, notes);
    const markdown = [text, quotation].filter(Boolean).join('\n\n');
    const headline = htmlToText(slide.text?.headline ?? '');
    const made = headline
      ? undefined
      : madeUpTitle(slide, summary, `${kind === 'period' ? 'Era' : 'Event'} of ${inWords(start.date)}`);
    const title = headline || uniqueTitle(made?.title ?? '', madeTitles);
    if (made) notes.push(`${name}: no headline; the title was made from ${made.from}`);
    const id = uniqueId(
      slugify(slide.unique_id ?? '') ||
        `${kind === 'period' ? 'era-' : ''}${idDate(start.date)}-${slugify(title)}`.slice(0, 80).replace(/-+$/, ''),
      seen,
    );
    const groupThread = threadOfGroup(shownText(slide.group ?? ''), threads);
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
  const titleBackground = timeline.title?.background;
  if (titleBackground && JSON.stringify(titleBackground) !== '{}' && titleBackground !== '')
    notes.push('title slide: background not imported (the site has no slide backgrounds)');
  if (intro && mainThread.summary !== intro)
    notes.push("title slide: only its text's first sentence is kept, as the storyline's summary");
  const site = {
    ...(headline ? { title: headline } : {}),
    ...(mainThread.summary ? { description: mainThread.summary } : {}),
  };
  return { entries, threads: [...threads.values()], notes, site };
}

/** Our own export puts the summary in a marked first paragraph; other timelines get it from their first sentence. */
async function splitText(html: string): Promise<{ summary: string; markdown: string }> {
  const tree: HastRoot = parseHtml(html);
  const first = tree.children.find((node): node is Element => node.type === 'element');
  const marked = first?.tagName === 'p' && String(first.properties['className'] ?? '').includes(SUMMARY_CLASS);
  if (marked) tree.children = tree.children.filter((node) => node !== first);
  const markdown = await htmlToMarkdown(tree);
  const summary = marked ? htmlToText(toHtmlText(first)) : firstSentenceOfHtml(html);
  return { summary, markdown };
}

function toHtmlText(element: Element | undefined): string {
  return (element?.children ?? [])
    .map((child) => ('value' in child ? String(child.value) : toHtmlText(child as Element)))
    .join('');
}

/** A written date as the start of an id and file name (see `dateSlug`): `1900-01-01-123045`, `3500-bc`. */
function idDate(date: string): string {
  const parsed = parseDate(date);
  return parsed.ok ? dateSlug(parsed.date) : slugify(date);
}

/** A written date as a reader sees it, for a made-up title: "Event of 3500 BC", not "Event of -3499". */
function inWords(date: string): string {
  const parsed = parseDate(date);
  return parsed.ok ? formatDate(parsed.date, 'en') : date;
}

/**
 * A title for a slide without a headline, from what a reader of the TimelineJS slide saw first: its text's first
 * sentence, its media's caption, its display date, and only then its date.
 */
function madeUpTitle(slide: TLSlide, summary: string, dated: string): { title: string; from: string } {
  const caption = htmlToText(slide.media?.caption ?? '');
  const shownDate = shownText(slide.display_date ?? slide.start_date?.display_date ?? '');
  if (summary) return { title: firstSentence(summary, 120), from: 'its text' };
  if (caption) return { title: firstSentence(caption, 120), from: 'its media caption' };
  if (shownDate) return { title: shownDate, from: 'its display date' };
  return { title: dated, from: 'its date' };
}

/** A made-up title no other made-up title has: a second "Event of 2020" becomes "Event of 2020 (2)". */
function uniqueTitle(title: string, made: Set<string>): string {
  let candidate = title;
  for (let n = 2; made.has(candidate); n++) candidate = `${title} (${n})`;
  made.add(candidate);
  return candidate;
}

/**
 * The storyline of a TimelineJS group, made the first time the group is met. Groups whose names slug alike ("Politics"
 * and "Politics!") stay apart, as they were in TimelineJS; a name of only punctuation still gets a valid id.
 */
function threadOfGroup(group: string, threads: Map<string, Thread>): Thread | undefined {
  if (!group) return undefined;
  const base = slugify(group).slice(0, 60) || 'group';
  let id = base;
  for (let n = 2; threads.has(id) && threads.get(id)?.title !== group; n++) id = `${base}-${n}`;
  const thread = threads.get(id) ?? { id, title: group };
  threads.set(id, thread);
  return thread;
}

function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}-${n}`;
  seen.add(candidate);
  return candidate;
}
