/** One published entry as the site shows it: dates in words, sources with their outlets, relations both ways. */
import type { RecordsById } from './check-references.ts';
import type { ParsedEntry } from './collect.ts';
import { formatDate, formatIso, parseDate, sortKey, type DateSpec } from './dates.ts';
import type { LinkChecks } from './sources/link-checks.ts';
import { chainOf, threadSteps } from './graph.ts';
import { resolveMedia } from './media.ts';
import type { RelationLink, ResolvedEntry, ResolvedSource, ResolvedUpdate } from './model.ts';
import { optional } from './optional.ts';
import type { EntryData } from './schema/index.ts';
import { showDate, showDateSpec } from './shown-date.ts';
import { summaryRepeats, type SummaryRepeats } from './summary-repeats.ts';

/** An entry that passed every schema check and is not a draft: the only kind that is published. */
export type PublishedEntry = ParsedEntry & { data: EntryData };

/** What resolving an entry needs from the whole story: its order and the relations between entries. */
export interface StoryContext {
  /** The site's language, in which every date is written. */
  language: string;
  /** The significant digits of deep-time dates in that language (year-labels.ts). */
  digits: number;
  records: RecordsById;
  storyKeys: ReadonlyMap<string, string>;
  /** Each entry's place in story order. */
  position: ReadonlyMap<string, number>;
  inverse: ReadonlyMap<string, RelationLink[]>;
  /** Each storyline's entries, in story order. */
  members: ReadonlyMap<string, readonly string[]>;
  /** What `npm run sources` last found at each source address. */
  linkChecks: LinkChecks;
}

/** When an entry happened, as its fields say it. */
export function specOf(entry: { data: EntryData }): DateSpec {
  const { date, end, qualifier } = entry.data;
  return { start: date, ...optional('end', end), ...optional('qualifier', qualifier) };
}

const repeats = new WeakMap<EntryData, SummaryRepeats>();

/**
 * What the entry's summary repeats of its title and body. Kept by the entry's data, which the dev server hands out
 * again for a file that has not changed (src/core/file-memo.ts): data and body come from one reading of one file.
 */
function repeatsOf({ data, body }: PublishedEntry): SummaryRepeats {
  let found = repeats.get(data);
  if (!found) repeats.set(data, (found = summaryRepeats(data.summary, data.title, body)));
  return found;
}

/** An entry at its place (`order`) in the story, with everything its page shows. */
export function resolveEntry(entry: PublishedEntry, key: string, order: number, story: StoryContext): ResolvedEntry {
  const { data } = entry;
  const { language, records, inverse } = story;
  const spec = specOf(entry);
  const updates = resolveUpdates(data.updates, language);
  const publishedDate = data.published ? showDate(data.published, language) : undefined;
  const newestUpdate = updates[0]?.date;
  const lastUpdated = newestUpdate
    ? { text: newestUpdate.text, ...optional('datetime', newestUpdate.datetime) }
    : publishedDate;
  return {
    id: entry.id,
    order,
    storyKey: story.storyKeys.get(entry.id) ?? '',
    file: entry.file,
    title: data.title,
    summary: data.summary,
    summaryRepeats: repeatsOf(entry),
    kind: data.kind,
    ...optional('status', data.status),
    date: showDateSpec(spec, key, data.dateLabel, language, story.digits),
    spec,
    people: data.people,
    threads: data.threads,
    topics: data.topics,
    sources: resolveSources(data.sources, story),
    relations: data.relations,
    inverseRelations: inverse.get(entry.id) ?? [],
    threadSteps: threadSteps(entry.id, data.threads, story.members),
    updates,
    ...optional('media', data.media && resolveMedia(data.media, data.title)),
    ...optional('claim', data.claim && resolveClaim(data.claim, records, language)),
    ...optional('published', publishedDate),
    ...optional('lastUpdated', lastUpdated),
    chain: data.kind === 'pledge' ? chainOf(entry.id, inverse, story.position) : [],
    body: entry.body,
    bodyLine: entry.bodyLine,
    bodyLinks: [...new Set(entry.bodyReferences.flatMap((ref) => (ref.type === 'entry-link' ? [ref.id] : [])))],
    translations: [],
  };
}

/** The updates log, newest first. */
function resolveUpdates(updates: EntryData['updates'], language: string): ResolvedUpdate[] {
  return updates
    .map((update) => ({
      date: { ...showDate(update.date, language), sortKey: sortKey({ start: update.date }) },
      kind: update.kind,
      note: update.note,
    }))
    .sort((a, b) => (a.date.sortKey < b.date.sortKey ? 1 : -1));
}

/** Sources numbered for citation, each with its outlet's name and address where the outlet is a known id. */
function resolveSources(
  sources: EntryData['sources'],
  { records, language, linkChecks }: StoryContext,
): ResolvedSource[] {
  /** The day a check last found `url` dead, in words: readers are told the original is gone, and since when. */
  const deadOn = (url: string | undefined) => {
    const record = url === undefined ? undefined : linkChecks[url];
    return record?.status === 'dead' ? checkedDay(record.lastChecked, language) : undefined;
  };
  return sources.map((source, index): ResolvedSource => {
    const outlet = source.outlet ? records.outlets.get(source.outlet)?.value : undefined;
    return {
      number: index + 1,
      ...optional('id', source.id),
      ...optional('outletName', outlet?.name ?? source.outlet),
      ...optional('outletId', outlet?.id),
      ...optional('outletUrl', outlet?.url),
      ...optional('title', source.title),
      ...optional('url', source.url),
      ...optional('archived', source.archived),
      ...optional('archiveDate', source.archiveDate ? showDate(source.archiveDate, language) : undefined),
      ...optional('urlDead', deadOn(source.url)),
      ...optional('archivedDead', deadOn(source.archived)),
      ...optional('published', source.published ? showDate(source.published, language) : undefined),
      ...optional('quote', source.quote),
      ...optional('note', source.note),
    };
  });
}

/** A check's day (YYYY-MM-DD, as the kept results write it) in the site's words. */
function checkedDay(day: string, language: string): { text: string; datetime: string } {
  const parsed = parseDate(day);
  return parsed.ok ? { text: formatDate(parsed.date, language), datetime: day } : { text: day, datetime: day };
}

/** A rated claim, its author resolved to a person where the author is a person's id. */
function resolveClaim(
  claim: NonNullable<EntryData['claim']>,
  records: RecordsById,
  language: string,
): NonNullable<ResolvedEntry['claim']> {
  const person = records.people.get(claim.author)?.value;
  return {
    text: claim.text,
    author: records.people.has(claim.author)
      ? { name: person?.name ?? claim.author, person: claim.author }
      : { name: claim.author },
    ...optional('appearance', claim.appearance),
    ...optional(
      'date',
      claim.date ? { text: formatDate(claim.date, language), iso: formatIso(claim.date) } : undefined,
    ),
    ...optional('rating', claim.rating),
  };
}
