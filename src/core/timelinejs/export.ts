/** This model as a TimelineJS timeline a newsroom can embed, every field safe for the way TimelineJS writes it. */
import { counted } from '../counted.ts';
import { compareInstants, endOf, startOf, type Instant, type PartialDate } from '../dates.ts';
import { firstSentence, firstSentenceOfHtml } from '../html-text.ts';
import { markdownText } from '../media.ts';
import type { ResolvedEntry, TimelineModel } from '../model.ts';
import { sameText } from '../summary-repeats.ts';
import { withoutTracking } from './tracking.ts';
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
  // TimelineJS has no time zones: the time goes out as the entry writes it, on its own clock (12:30 in Kyiv stays
  // 12:30), so `import --timezone` with the same offset gives the same moment back.
  return {
    year: String(toTimelineYear(date.year)),
    month: String(date.month ?? 1),
    day: String(date.day ?? 1),
    hour: String(date.hour ?? 0),
    minute: String(date.minute ?? 0),
    ...(date.second !== undefined ? { second: String(date.second) } : {}),
  };
}

/**
 * A media address TimelineJS can write into its own markup: the schema allows http(s) only; the parsed form encodes
 * spaces, quotes and angle brackets, and apostrophes are encoded too, since TimelineJS writes some frames' addresses
 * between apostrophes (PDF, Google Docs). Tracking parameters go: with `?ref_src=…` TimelineJS does not load a post.
 */
function mediaUrl(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(withoutTracking(url)) : undefined;
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
 * The model as a TimelineJS timeline: each entry a slide (a period an era, as it came in), `bodyHtml` as text and
 * `captionHtml` as media captions and credits (both must come sanitized: TimelineJS writes them as HTML into the
 * embedding page). Every other field is plain text from the frontmatter and goes out escaped for the way TimelineJS
 * writes it. What TimelineJS cannot hold as it is goes into `notes`, one line each.
 */
export function exportTimeline(
  model: TimelineModel,
  bodyHtml: (entry: ResolvedEntry) => string,
  captionHtml: CaptionHtml = captionText,
  notes: string[] = [],
): TLTimeline {
  const groups = groupsOf(model);
  const slide = slideMaker(model, bodyHtml, captionHtml, groups);
  const several = model.entries.filter((entry) => groups(entry).length > 1);
  if (several.length)
    notes.push(
      `${counted(several.length, 'entry', 'entries')} in more than one storyline (${ids(several)}): TimelineJS ` +
        'gives a slide one group, so each is grouped by its narrowest storyline',
    );
  const ends = eraEnds(model.entries, notes);
  const isEra = (entry: ResolvedEntry) => ends.has(entry);
  const { title, description } = model.site;
  // A description that only says the title again is kept for an import, out of a reader's sight.
  const hidden = sameText(description, title) ? ' hidden' : '';
  return {
    title: { text: { headline: escapeHtml(title), text: `<p${hidden}>${escapeHtml(description)}</p>` } },
    events: model.entries.filter((entry) => !isEra(entry)).map((entry) => slide(entry)),
    ...(ends.size ? { eras: model.entries.filter(isEra).map((entry) => slide(entry, ends.get(entry))) } : {}),
  };
}

/** The ids of some entries for a note: the first few, so that a note on a large archive stays one line. */
const ids = (entries: readonly ResolvedEntry[]) =>
  entries
    .slice(0, 5)
    .map((entry) => entry.id)
    .join(', ') + (entries.length > 5 ? ', …' : '');

/**
 * Where each period ends as a TimelineJS era, which must have an end: its own, or for a period without one (an era
 * left open), the last entry's in its stretch, noted. A period with nothing after its start stays an event, noted.
 */
function eraEnds(entries: readonly ResolvedEntry[], notes: string[]): Map<ResolvedEntry, PartialDate> {
  const ends = new Map<ResolvedEntry, PartialDate>();
  const unended: ResolvedEntry[] = [];
  const ended: ResolvedEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'period') continue;
    const end = entry.spec.end ?? openEraEnd(entry, entries);
    if (end) ends.set(entry, end);
    if (!entry.spec.end) (end ? ended : unended).push(entry);
  }
  const verb = (list: readonly unknown[]) => (list.length === 1 ? 'is' : 'are');
  const their = unended.length === 1 ? 'its' : 'their';
  if (ended.length)
    notes.push(
      `${counted(ended.length, 'period')} without an end (${ids(ended)}) ${verb(ended)} exported as era, ending ` +
        'with the last entry before the next period: TimelineJS needs an end for every era',
    );
  if (unended.length)
    notes.push(
      `${counted(unended.length, 'period')} without an end and with nothing after ${their} ` +
        `start (${ids(unended)}) ${verb(unended)} exported as event: TimelineJS needs an end for every era`,
    );
  return ends;
}

/**
 * Where an era without an end ends for TimelineJS, which needs one: with the last entry from its start to the start of
 * the next period (or the end of the timeline). None where nothing comes after its start.
 */
function openEraEnd(era: ResolvedEntry, entries: readonly ResolvedEntry[]): PartialDate | undefined {
  const from = startOf(era.spec.start);
  const after = (entry: ResolvedEntry) => compareInstants(startOf(entry.spec.start), from) > 0;
  const until = entries
    .filter((entry) => entry.kind === 'period' && after(entry))
    .map((entry) => startOf(entry.spec.start))
    .reduce<Instant | undefined>(
      (soonest, start) => (soonest && compareInstants(soonest, start) <= 0 ? soonest : start),
      undefined,
    );
  let last: PartialDate | undefined;
  for (const entry of entries) {
    const start = startOf(entry.spec.start);
    if (entry === era || compareInstants(start, from) < 0 || (until && compareInstants(start, until) >= 0)) continue;
    const end = entry.spec.end ?? entry.spec.start;
    if (!last || compareInstants(endOf(end), endOf(last)) > 0) last = end;
  }
  return last && compareInstants(endOf(last), endOf(era.spec.start)) > 0 ? last : undefined;
}

/**
 * A slide's text: the summary in a marked paragraph, which an import takes back as the summary, then the body. A body
 * that opens with the summary goes alone where an import finds that same summary in it again. A summary that says
 * again what the slide shows (its headline, its body's opening, its media's caption or credit: the rule the site's
 * pages follow) stays in the text for an import, hidden, so TimelineJS does not print it twice.
 */
function slideText(entry: ResolvedEntry, body: string): string {
  const { summary, summaryRepeats, media } = entry;
  if (summaryRepeats.body && firstSentenceOfHtml(body) === summary) return body;
  const inMedia = [media?.caption, media?.credit].some((words) => words && sameText(markdownText(words), summary));
  const hidden = summaryRepeats.title || summaryRepeats.body || inMedia ? ' hidden' : '';
  return `<p class="${SUMMARY_CLASS}"${hidden}>${escapeHtml(summary)}</p>${body}`;
}

/**
 * Whether a slide can go without its headline: the title is what an import titles a slide without one (its text's
 * first sentence, which may be the marked summary), and a reader sees it in the slide already (the text opens with it,
 * or it is the media's caption). The slide then goes as it most likely came in: TimelineJS does not print the title
 * twice, and an import gives it back. Only the first slide so titled: an import numbers a second one ("… (2)").
 */
function untitled(entry: ResolvedEntry, text: string, titles: Set<string>): boolean {
  const marked = text.startsWith(`<p class="${SUMMARY_CLASS}"`);
  const made = firstSentence(marked ? entry.summary : firstSentenceOfHtml(text), 120);
  const caption = entry.media?.caption ? markdownText(entry.media.caption) : '';
  if (entry.title !== made || titles.has(made) || (marked && !sameText(caption, made))) return false;
  titles.add(made);
  return true;
}

/**
 * The storylines that may group an entry's slide, narrowest (holding the fewest entries) first. One that holds every
 * entry (an imported timeline's own) groups nothing: TimelineJS would draw every event in one row named after it.
 */
function groupsOf(model: TimelineModel): (entry: ResolvedEntry) => string[] {
  const size = new Map(model.threads.map((thread) => [thread.id, thread.entries.length]));
  const holdsAll = (id: string) => model.entries.length > 1 && size.get(id) === model.entries.length;
  return (entry) => entry.threads.filter((id) => !holdsAll(id)).sort((a, b) => (size.get(a) ?? 0) - (size.get(b) ?? 0));
}

/** Makes an entry's slide (an era's, given where it ends), grouped by its narrowest storyline. */
function slideMaker(
  model: TimelineModel,
  bodyHtml: (entry: ResolvedEntry) => string,
  captionHtml: CaptionHtml,
  groups: (entry: ResolvedEntry) => string[],
): (entry: ResolvedEntry, end?: PartialDate) => TLSlide {
  const title = new Map(model.threads.map((thread) => [thread.id, thread.title]));
  const titles = new Set<string>();
  return (entry, end = entry.spec.end) => {
    const media = slideMedia(entry.media, captionHtml);
    const [group] = groups(entry);
    const text = slideText(entry, bodyHtml(entry));
    const headline = untitled(entry, text, titles) ? {} : { headline: escapeHtml(entry.title) };
    return {
      start_date: tlDate(entry.spec.start),
      ...(end ? { end_date: tlDate(end) } : {}),
      // TimelineJS prints its own date unless told otherwise: say it in words where ours differs (a label, a
      // qualifier).
      ...(entry.date.text !== entry.date.computed || entry.spec.qualifier
        ? { display_date: escapeTwice(entry.date.text) }
        : {}),
      text: { ...headline, text },
      ...(media ? { media } : {}),
      ...(group ? { group: escapeTwice(title.get(group) ?? group) } : {}),
      unique_id: entry.id,
    };
  };
}
