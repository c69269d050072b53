/** This model as a TimelineJS timeline a newsroom can embed, every field safe for the way TimelineJS writes it. */
import type { PartialDate } from '../dates.ts';
import type { ResolvedEntry, TimelineModel } from '../model.ts';
import { escapeHtml, escapeTwice, SUMMARY_CLASS, type TLDate, type TLMedia, type TLTimeline } from './format.ts';

function tlDate(date: PartialDate): TLDate {
  const result: TLDate = { year: String(date.year) };
  if (date.month !== undefined) result.month = String(date.month);
  if (date.day !== undefined) result.day = String(date.day);
  if (date.precision === 'time') {
    // TimelineJS has no time zones: give the time in UTC, to the second where it is known.
    const minute = (date.minute ?? 0) - (date.offsetMinutes ?? 0);
    const utc = new Date(Date.UTC(2000, 0, 1, date.hour ?? 0, minute, date.second ?? 0));
    result.hour = String(utc.getUTCHours());
    result.minute = String(utc.getUTCMinutes());
    if (date.second !== undefined) result.second = String(utc.getUTCSeconds());
  }
  return result;
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
