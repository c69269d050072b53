/** This model as a TimelineJS timeline a newsroom can embed, every field safe for the way TimelineJS writes it. */
import type { PartialDate } from '../dates.ts';
import { firstSentenceOfHtml } from '../html-text.ts';
import { markdownText } from '../media.ts';
import type { ResolvedEntry, TimelineModel } from '../model.ts';
import {
  escapeHtml,
  escapeTwice,
  SUMMARY_CLASS,
  type TLDate,
  type TLMedia,
  type TLSlide,
  type TLTimeline,
} from './format.ts';

/** This model's year as TimelineJS numbers it: 3500 BC is -3499 here (ISO 8601) and -3500 there ("3500 BCE"). */
export const toTimelineYear = (year: number) => (year <= 0 ? year - 1 : year);

function tlDate(date: PartialDate): TLDate {
  if (date.precision !== 'time') {
    const result: TLDate = { year: String(toTimelineYear(date.year)) };
    if (date.month !== undefined) result.month = String(date.month);
    if (date.day !== undefined) result.day = String(date.day);
    return result;
  }
  // TimelineJS has no time zones: give the moment in UTC (its day too may change), to the second where it is known.
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  utc.setUTCHours(date.hour ?? 0, (date.minute ?? 0) - (date.offsetMinutes ?? 0), date.second ?? 0);
  return {
    year: String(toTimelineYear(utc.getUTCFullYear())),
    month: String(utc.getUTCMonth() + 1),
    day: String(utc.getUTCDate()),
    hour: String(utc.getUTCHours()),
    minute: String(utc.getUTCMinutes()),
    ...(date.second !== undefined ? { second: String(utc.getUTCSeconds()) } : {}),
  };
}

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

/** Caption or credit (inline Markdown) as the HTML a slide carries: by default its words alone, escaped. */
export type CaptionHtml = (markdown: string) => string;
const captionText: CaptionHtml = (markdown) => escapeHtml(markdownText(markdown));

/**
 * An entry's media as a TimelineJS slide's: a safe address, and its caption and credit as `captionHtml` gives them
 * (they must come sanitized, as bodies do: TimelineJS writes them as HTML into the embedding page).
 */
function slideMedia(media: ResolvedEntry['media'], captionHtml: CaptionHtml): TLMedia | undefined {
  const url = media && mediaUrl(media.url);
  if (!media || !url) return undefined;
  const caption = media.caption && captionHtml(media.caption);
  const credit = media.credit && captionHtml(media.credit);
  return { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/**
 * The model as a TimelineJS timeline: each entry a slide (a period with an end an era, as it came in), `bodyHtml` as
 * text and `captionHtml` as media captions and credits (both must come sanitized: TimelineJS writes them as HTML into
 * the embedding page). Every other field is plain text from the frontmatter and goes out escaped for the way
 * TimelineJS writes it.
 */
export function exportTimeline(
  model: TimelineModel,
  bodyHtml: (entry: ResolvedEntry) => string,
  captionHtml: CaptionHtml = captionText,
): TLTimeline {
  const slide = slideMaker(model, bodyHtml, captionHtml);
  const isEra = (entry: ResolvedEntry) => entry.kind === 'period' && entry.spec.end !== undefined;
  const eras = model.entries.filter(isEra);
  return {
    title: { text: { headline: escapeHtml(model.site.title), text: `<p>${escapeHtml(model.site.description)}</p>` } },
    events: model.entries.filter((entry) => !isEra(entry)).map(slide),
    ...(eras.length ? { eras: eras.map(slide) } : {}),
  };
}

/**
 * A slide's text: the summary in a marked paragraph, which an import takes back as the summary, then the body. A body
 * that opens with the summary goes alone, so TimelineJS does not print the sentence twice, where an import finds
 * that same summary in it again (an export imported again gives the same entries).
 */
function slideText(entry: ResolvedEntry, body: string): string {
  if (entry.summaryRepeats.body && firstSentenceOfHtml(body) === entry.summary) return body;
  return `<p class="${SUMMARY_CLASS}">${escapeHtml(entry.summary)}</p>${body}`;
}

/**
 * Makes an entry's slide. Its group is its first storyline that does not hold every entry: one that holds them all
 * (an imported timeline's own) groups nothing, and TimelineJS would draw every event in one row named after it.
 */
function slideMaker(
  model: TimelineModel,
  bodyHtml: (entry: ResolvedEntry) => string,
  captionHtml: CaptionHtml,
): (entry: ResolvedEntry) => TLSlide {
  const thread = new Map(model.threads.map((item) => [item.id, item.title]));
  const holdsAll = new Set(
    model.entries.length > 1
      ? model.threads.filter((item) => item.entries.length === model.entries.length).map((item) => item.id)
      : [],
  );
  return (entry) => {
    const media = slideMedia(entry.media, captionHtml);
    const group = entry.threads.find((id) => !holdsAll.has(id));
    return {
      start_date: tlDate(entry.spec.start),
      ...(entry.spec.end ? { end_date: tlDate(entry.spec.end) } : {}),
      // TimelineJS prints its own date unless told otherwise: say it in words where ours differs (a label, a
      // qualifier).
      ...(entry.date.text !== entry.date.computed || entry.spec.qualifier
        ? { display_date: escapeTwice(entry.date.text) }
        : {}),
      text: { headline: escapeHtml(entry.title), text: slideText(entry, bodyHtml(entry)) },
      ...(media ? { media } : {}),
      ...(group ? { group: escapeTwice(thread.get(group) ?? group) } : {}),
      unique_id: entry.id,
    };
  };
}
