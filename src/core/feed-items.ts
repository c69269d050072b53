/** What the feeds carry: the latest developments, each with its corrections, newest first. */
import { firstInstant, parseDate } from './dates.ts';
import type { ResolvedEntry, ResolvedSource } from './model.ts';
import { optional } from './optional.ts';
import { entryPath } from './paths.ts';

export interface FeedItem {
  id: string;
  /** The entry page, relative to the site's base. */
  path: string;
  title: string;
  /** Absent where it only repeats the title: a feed reader shows the title already. */
  summary?: string;
  /** The development's date as the site prints it. */
  dateText: string;
  /** When it happened or was published (absent for dates a feed cannot carry, such as BC years). */
  published?: Date;
  /** The newest correction or update, when there is one. */
  updated?: Date;
  updates: { dateText: string; kind: string; note: string }[];
  /** The sources as the entry page lists them, with what the last link check found. */
  sources: FeedSource[];
}

/** A source in a feed: what names it, where it is, and which of its addresses a link check found dead (in words). */
export interface FeedSource {
  name: string;
  url?: string;
  archived?: string;
  urlDead?: string;
  archivedDead?: string;
}

function toFeedSource(source: ResolvedSource): FeedSource {
  const name = [source.outletName, source.title].filter(Boolean).join(', ') || (source.url ? '' : (source.note ?? ''));
  return {
    name,
    ...optional('url', source.url),
    ...optional('archived', source.archived),
    ...optional('urlDead', source.urlDead?.text),
    ...optional('archivedDead', source.archivedDead?.text),
  };
}

/** How many items a feed holds. */
export const FEED_LENGTH = 50;

const feedDate = (ms: number) => (new Date(ms).getUTCFullYear() >= 1 ? new Date(ms) : undefined);

function toItem(entry: ResolvedEntry): FeedItem {
  const published = feedDate(
    entry.published ? Date.parse(entry.published.datetime ?? '') : firstInstant(entry.spec.start),
  );
  const newest = parseDate(entry.updates[0]?.date.datetime);
  const updated = newest.ok ? feedDate(firstInstant(newest.date)) : undefined;
  return {
    id: entry.id,
    path: entryPath(entry.id),
    title: entry.title,
    ...(entry.summaryRepeats.title ? {} : { summary: entry.summary }),
    dateText: entry.date.text,
    ...(published && !Number.isNaN(published.getTime()) ? { published } : {}),
    ...(updated ? { updated } : {}),
    updates: entry.updates.map((update) => ({ dateText: update.date.text, kind: update.kind, note: update.note })),
    sources: entry.sources.map(toFeedSource),
  };
}

/**
 * The latest of `entries` (given in story order: all, or one storyline's), newest first: an update moves an entry up.
 */
export function feedItems(entries: readonly ResolvedEntry[]): FeedItem[] {
  const items = entries.map(toItem);
  // The latest activity, a development or a correction, comes first; story order settles ties.
  const latest = (item: FeedItem) =>
    Math.max(item.published?.getTime() ?? -8.64e15, item.updated?.getTime() ?? -8.64e15);
  const order = new Map(entries.map((entry, index) => [entry.id, index]));
  return items
    .sort((a, b) => latest(b) - latest(a) || (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0))
    .slice(0, FEED_LENGTH);
}
