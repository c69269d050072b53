/** A TimelineJS timeline into this model: entries and threads, with a note for everything left out. */
import type { Element, Root as HastRoot } from 'hast';
import { dateSlug } from '../date-slug.ts';
import { BODY_LIMIT } from '../collect-entries.ts';
import { FIXED_OFFSET, offsetInZone, type WallClock } from '../time-zone.ts';
import { endsBeforeStart, formatDate, formatIso, MAX_CALENDAR_YEAR, parseDate } from '../dates.ts';
import { firstSentence, firstSentenceOfHtml, htmlToMarkdown, htmlToText, parseHtml, treeText } from '../html-text.ts';
import { entrySchema, type Thread } from '../schema/index.ts';
import type { EntryKind } from '../schema/vocabulary.ts';
import { slug } from '../slug.ts';
import { shownText, SUMMARY_CLASS, type Field, type TLDate, type TLSlide, type TLTimeline } from './format.ts';
import { entryId, storylineId, threadOfGroup } from './ids.ts';
import { droppedLinkNotes, dropUnsafeLinks } from './links.ts';
import { convertMedia } from './media.ts';
import { madeWords } from './made-words.ts';
import { slideNumbers, slideRows } from './shape.ts';

/** An entry ready to write: its id, its frontmatter (checked against the schema) and its Markdown body. */
export interface ImportedEntry {
  id: string;
  /** The slide it comes from, as the notes name it: `event 3 (“Headline”)`. */
  slide: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  /** Threads the entries refer to (the timeline itself, and each TimelineJS group). */
  threads: Thread[];
  /** What could not be carried over, one line each, naming the slide. */
  notes: string[];
  /** The site's title (the title slide's headline as text, else a plain title) and description (its first sentence). */
  site: { title: string; description?: string };
}

export interface ImportOptions {
  /** The site's language (`site.yaml`): ids of a Ukrainian site romanize all Cyrillic as Ukrainian. */
  language?: string;
  /** The file's name, for a note only: nothing a reader sees is named after it. */
  fileName?: string;
  /**
   * The zone of times of day, which TimelineJS gives without one: a fixed offset (`Z`, the default, or `+01:00`) or a
   * zone's name (`Europe/Kyiv`), whose offset is the one it had on each date (summer time included).
   */
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
  const digits = String(date.year)
    .trim()
    .replace(/[,_\s]/g, '');
  // TimelineJS takes only digits, with a minus sign (it refuses "1e5" and "-1e3"): so does the import.
  if (!/^[+-]?\d+$/.test(digits))
    return { note: `year "${date.year}" is not written in digits (TimelineJS refuses it too)` };
  const written = Number(digits);
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
  let zoneNote: string | undefined;
  if (present(date.month) && present(date.day) && present(date.hour)) {
    const seconds = present(date.second) ? `:${pad(date.second)}` : '';
    const minute = present(date.minute) ? date.minute : 0;
    const clock = { year, month: Number(date.month), day: Number(date.day), hour: Number(date.hour) };
    const zone = zoneOffset(timeZone, { ...clock, minute: Number(minute), second: Number(date.second ?? 0) });
    zoneNote = zone.note;
    text += `T${pad(date.hour)}:${pad(minute)}${seconds}${zone.offset}`;
  }
  // A time here is kept to the second: milliseconds (which TimelineJS takes) are said to be left out, not lost quietly.
  const timed = present(date.month) && present(date.day) && present(date.hour);
  const milliseconds = timed && present(date.millisecond) && Number(date.millisecond) !== 0;
  const note = [zoneNote, milliseconds ? `its milliseconds (${date.millisecond}) left out` : ''].filter(Boolean);
  const parsed = parseDate(text);
  return parsed.ok ? { date: text, ...(note.length ? { note: note.join('; ') } : {}) } : { note: parsed.message };
}

/** The offset for a wall-clock time: a fixed one as given, a named zone's as it was on that day and hour. */
function zoneOffset(timeZone: string, clock: WallClock): { offset: string; note?: string } {
  // A clock that is not in whole numbers is refused by the date's own check, whatever its offset.
  if (FIXED_OFFSET.test(timeZone) || !Object.values(clock).every(Number.isInteger)) return { offset: timeZone };
  return offsetInZone(timeZone, clock);
}

/**
 * A slide's name in the notes, as an editor counts: `event 3 (“Headline”)`, `era 1`; a spreadsheet's slide also by its
 * row, `event 3 (row 5, “Headline”)`.
 */
function slideName(slide: TLSlide, kind: EntryKind, number: number): string {
  const headline = htmlToText(slide.text?.headline ?? '');
  const row = slideRows.get(slide);
  const details = [row ? `row ${row}` : '', headline ? `“${headline}”` : ''].filter(Boolean).join(', ');
  return `${kind === 'period' ? 'era' : 'event'} ${number}${details ? ` (${details})` : ''}`;
}

/**
 * Converts a TimelineJS timeline into entries and threads; nothing invalid is returned, everything left out is noted.
 */
export async function importTimeline(timeline: TLTimeline, options: ImportOptions = {}): Promise<ImportResult> {
  const language = options.language ?? '';
  const words = madeWords(language);
  const notes: string[] = [];
  const headline = htmlToText(timeline.title?.text?.headline ?? '');
  const timelineTitle = headline || words.untitled;
  if (!headline)
    notes.push(
      `${timeline.title ? 'title slide: it has no headline' : 'no title slide'}, so the timeline's storyline and the ` +
        `site are titled “${words.untitled}”${options.fileName ? ` (not “${options.fileName}”)` : ''}; ` +
        'rename them in threads.yaml and site.yaml',
    );
  const mainThread: Thread = {
    id: storylineId(timelineTitle, 'timeline', notes, 'title slide', language),
    title: timelineTitle,
  };
  const intro = htmlToText(timeline.title?.text?.text ?? '');
  if (intro) mainThread.summary = firstSentence(intro, 400);
  const threads = new Map<string, Thread>([[mainThread.id, mainThread]]);
  const source = {
    note: headline ? `From the TimelineJS timeline “${headline}”.` : 'From an imported TimelineJS timeline.',
  };
  const entries: ImportedEntry[] = [];
  const seen = new Set<string>();
  const madeTitles = new Set<string>();
  if (!timeline.events.length) notes.push('events: the list is empty (TimelineJS shows no timeline without events)');

  const numbered = (kind: EntryKind) => (slide: TLSlide, index: number) => ({
    slide,
    kind,
    number: slideNumbers.get(slide) ?? index + 1,
  });
  const slides = [...timeline.events.map(numbered('event')), ...(timeline.eras ?? []).map(numbered('period'))];
  for (const { slide, kind, number } of slides) {
    const name = slideName(slide, kind, number);
    const { start, end } = slideDates(slide, kind, name, notes, options.timeZone);
    if (!start) continue;
    const { summary, markdown: text } = await splitText(slide.text?.text ?? '', name, notes);
    // TimelineJS can show a quotation as a slide's "media": it stays a quotation, at the end of the body.
    const { media, quotation } = await convertMedia(slide.media, name, notes);
    const markdown = withinBodyLimit([text, quotation].filter(Boolean).join('\n\n'), name, notes);
    const headline = htmlToText(slide.text?.headline ?? '');
    const made = headline
      ? undefined
      : madeUpTitle(slide, summary, words.dated(kind === 'period' ? 'era' : 'event', inWords(start, words.locale)));
    const title = headline || uniqueTitle(made?.title ?? '', madeTitles);
    if (made) notes.push(`${name}: no headline; the title was made from ${made.from}`);
    const madeId = `${kind === 'period' ? 'era-' : ''}${idDate(start)}-${slug(title, language)}`
      .slice(0, 80)
      .replace(/-+$/, '');
    const id = entryId(slide.unique_id, madeId, seen, notes, name, language);
    const groupThread = threadOfGroup(shownText(slide.group ?? ''), threads, mainThread, notes, language);
    const displayDate = (slide.display_date ?? slide.start_date?.display_date ?? '').trim();
    const frontmatter: Record<string, unknown> = {
      title,
      summary: summary || title,
      date: start,
      ...(end ? { end } : {}),
      ...(displayDate ? { dateLabel: shownText(displayDate) } : {}),
      kind,
      threads: [mainThread.id, ...(groupThread ? [groupThread.id] : [])],
      sources: [source],
      ...(media ? { media } : {}),
    };
    const unused = Object.keys(slide).filter((key) => !SLIDE_KEYS.has(key));
    if (slide.background && JSON.stringify(slide.background) !== '{}' && slide.background !== '')
      notes.push(`${name}: background not imported (the site has no slide backgrounds)`);
    if (unused.length) notes.push(`${name}: fields not imported: ${unused.join(', ')}`);
    if (checkedFrontmatter(frontmatter, name, notes)) entries.push({ id, slide: name, frontmatter, body: markdown });
  }
  if (timeline.title?.media?.url) notes.push('title slide: media not imported');
  const titleBackground = timeline.title?.background;
  if (titleBackground && JSON.stringify(titleBackground) !== '{}' && titleBackground !== '')
    notes.push('title slide: background not imported (the site has no slide backgrounds)');
  if (intro && mainThread.summary !== intro)
    notes.push("title slide: only its text's first sentence is kept, as the storyline's summary");
  const site = { title: timelineTitle, ...(mainThread.summary ? { description: mainThread.summary } : {}) };
  return { entries, threads: [...threads.values()], notes, site };
}

/**
 * A slide's start and end as this model writes them. A slide without a start is left out, as TimelineJS leaves it
 * out; an end this model cannot take (unreadable, or before the start) is dropped and the slide kept; an era without
 * an end (TimelineJS refuses those) is kept as a period that has only a start.
 */
function slideDates(
  slide: TLSlide,
  kind: EntryKind,
  name: string,
  notes: string[],
  timeZone?: string,
): { start?: string; end?: string } {
  const start = convertDate(slide.start_date, timeZone);
  const end = convertDate(slide.end_date, timeZone);
  if (!start.date) {
    notes.push(`${name}: left out, ${start.note ?? 'it has no start date'}`);
    return {};
  }
  if (start.note) notes.push(`${name}: start date ${start.note}`);
  if (end.note) notes.push(`${name}: end date ${end.date ? '' : 'left out, '}${end.note}`);
  if (kind === 'period' && !end.date)
    notes.push(`${name}: no end date (TimelineJS needs one for an era); kept as a period with its start date only`);
  const from = parseDate(start.date);
  const to = end.date ? parseDate(end.date) : undefined;
  if (from.ok && to?.ok && endsBeforeStart(from.date, to.date)) {
    notes.push(
      `${name}: end date left out, ${inWords(end.date ?? '', 'en')} is before its start, ${inWords(start.date, 'en')}`,
    );
    return { start: start.date };
  }
  return { start: start.date, ...(end.date ? { end: end.date } : {}) };
}

/** Fields a slide can lose and still be an entry: one the schema refuses is dropped with a note, not the slide. */
const DROPPABLE = new Set(['end', 'dateLabel', 'media']);

/** Checks an entry against the schema `npm run check` applies; false (with a note) where it cannot be made valid. */
function checkedFrontmatter(frontmatter: Record<string, unknown>, name: string, notes: string[]): boolean {
  for (;;) {
    const checked = entrySchema.safeParse(frontmatter);
    if (checked.success) return true;
    const issues = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    const droppable = checked.error.issues.map((issue) => String(issue.path[0]));
    if (!droppable.every((field) => DROPPABLE.has(field))) {
      notes.push(`${name}: left out, ${issues}`);
      return false;
    }
    for (const field of new Set(droppable)) delete frontmatter[field];
    notes.push(`${name}: ${[...new Set(droppable)].join(', ')} left out, ${issues}`);
  }
}

/**
 * A body that fits the limit `npm run check` applies: a longer text keeps its paragraphs up to the limit, and a note
 * says how much was left out.
 */
function withinBodyLimit(markdown: string, name: string, notes: string[]): string {
  // The file ends the body with a line break, which counts too.
  const limit = BODY_LIMIT - 1;
  if (markdown.length <= limit) return markdown;
  const paragraph = markdown.lastIndexOf('\n\n', limit);
  const cut = paragraph > 0 ? paragraph : Math.max(markdown.lastIndexOf(' ', limit), 0) || limit;
  const kept = markdown.slice(0, cut).trimEnd();
  notes.push(
    `${name}: text cut to its first ${kept.length.toLocaleString('en')} of ${markdown.length.toLocaleString('en')} ` +
      `characters (an entry body may hold at most ${BODY_LIMIT.toLocaleString('en')}); link the full text as a source`,
  );
  return kept;
}

/** Our own export puts the summary in a marked first paragraph; other timelines get it from their first sentence. */
async function splitText(html: string, name: string, notes: string[]): Promise<{ summary: string; markdown: string }> {
  const tree: HastRoot = parseHtml(html);
  notes.push(...droppedLinkNotes(`${name}, text`, dropUnsafeLinks(tree)));
  const first = tree.children.find((node): node is Element => node.type === 'element');
  const marked = first?.tagName === 'p' && String(first.properties['className'] ?? '').includes(SUMMARY_CLASS);
  if (marked) tree.children = tree.children.filter((node) => node !== first);
  const markdown = await htmlToMarkdown(tree);
  // The marked paragraph's text as parsed once: its words that read like tags (`&lt;p&gt;`) stay words.
  const summary = marked && first ? treeText(first) : firstSentenceOfHtml(html);
  return { summary, markdown };
}

/** A written date as the start of an id and file name (see `dateSlug`): `1900-01-01-123045`, `3500-bc`. */
function idDate(date: string): string {
  const parsed = parseDate(date);
  return parsed.ok ? dateSlug(parsed.date) : slug(date);
}

/** A written date as a reader sees it, for a made-up title: "Event of 3500 BC", not "Event of -3499". */
function inWords(date: string, locale: string): string {
  const parsed = parseDate(date);
  return parsed.ok ? formatDate(parsed.date, locale) : date;
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
