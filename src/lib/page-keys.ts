/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page returned with a key is copied from
 * the last build while its key, its template code and the bodies it renders are unchanged. A key must therefore
 * cover everything the page shows besides those; tests/build/incremental.test.ts edits each of them and checks.
 */
import { createHash } from 'node:crypto';
import { exportedRecords } from '../core/export.ts';
import type { ResolvedEntry, ResolvedThread } from '../core/model.ts';
import { loadedContent } from './loaded-content.ts';
import { memoized } from './memo.ts';
import { sectionsWithContent } from './navigation.ts';
import type { TimelineView } from './timeline.ts';

/**
 * A page's cache key, `{ cacheKey: make() }`, in a build; nothing in the dev server, which reads no key and calls a
 * route's getStaticPaths again after every change (a storyline's pages made 0.35 s of keys for each one at 10,000
 * entries). Asked of the loader, not of `import.meta.env.DEV`, which a build run with NODE_ENV=test or development
 * also sets.
 */
export function buildKey(make: () => string): { cacheKey?: string } {
  return loadedContent().watched ? {} : { cacheKey: make() };
}

/** A short digest of any JSON-able values. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 24);
}

/** An entry's digest as its pages show it (shownEntry), made once per build however many pages list it. */
export const entryDigest = memoized((entry: ResolvedEntry): string => cacheKey(shownEntry(entry)));

/**
 * What every page's layout shows: the site settings (title, language and so the UI strings, feeds), which
 * sections the navigation links, and whether the footer can say every entry is sourced. Made once per view: every
 * one of the 11,000 pages of a large archive has it in its key.
 */
const layoutPart = memoized((view: TimelineView): string =>
  cacheKey(view.site, sectionsWithContent(view), view.allSourced),
);

/**
 * An entry as its own page and cards show it. Its place in story order is left out: a new entry early in the story
 * shifts every later entry's place without changing what their pages show.
 */
export function shownEntry(entry: ResolvedEntry): Omit<ResolvedEntry, 'order'> {
  const { order: _order, ...shown } = entry;
  return shown;
}

/** The titles and dates an entry's page or card shows of the entries it is related to. */
function relatedPart(entry: ResolvedEntry, view: TimelineView, withSteps: boolean): unknown[] {
  const others = new Set([
    ...entry.relations.map((link) => link.entry),
    ...entry.inverseRelations.map((link) => link.entry),
    ...(withSteps ? entry.threadSteps.flatMap((step) => [step.previous, step.next]) : []),
  ]);
  return [...others].flatMap((id) => {
    const found = id === undefined ? undefined : view.entry.get(id);
    return found ? [[found.id, found.title, found.date]] : [];
  });
}

/** The names an entry's page or card shows of its storylines, people and topics. */
function namesPart(entry: ResolvedEntry, view: TimelineView): unknown[] {
  return [
    // A storyline's place picks its colour on cards.
    entry.threads.map((id) => [view.thread.get(id)?.title, view.thread.get(id)?.index]),
    entry.people.map((id) => view.person.get(id)?.name),
    entry.topics.map((id) => view.topic.get(id)?.name),
    view.yearGroupOf.get(entry.date.year)?.label,
  ];
}

/** An entry page's key: the entry, and the titles, dates and names it shows of other entries and records. */
export function entryPageKey(entry: ResolvedEntry, view: TimelineView): string {
  return cacheKey(layoutPart(view), entryDigest(entry), relatedPart(entry, view, true), namesPart(entry, view));
}

const objectDigest = memoized((record: object): string => cacheKey(record));

/** A record's digest, made once however many pages of its list show it (a year of 2,000 entries has 40 pages). */
const recordDigest = (record: unknown): unknown =>
  typeof record === 'object' && record !== null ? objectDigest(record) : record;

/**
 * A list page's key (a storyline, person, topic or year, one page of it): the record, the page's place in the
 * pagination, and each listed entry as its card shows it. Not the year navigation, which only a year's pages show
 * (yearNavPart): a new entry changes one year's count, and with those counts in every list's key a new entry rendered
 * every page of every person, topic and storyline again (1,552 pages at 10,000 entries; 282 without).
 */
export function listPageKey(view: TimelineView, record: unknown, page: { data: readonly string[] } & object): string {
  const cardOf = cardsOf(view);
  const cards = page.data.map((id) => {
    const entry = view.entry.get(id);
    return entry ? cardOf(entry) : id;
  });
  return cacheKey(layoutPart(view), recordDigest(record), page, cards);
}

/**
 * An entry's card as lists show it, per view: made once, though every entry is listed on its year's, storylines',
 * people's and topics' pages (at 10,000 entries, 0.4 s of a rebuild went to making each card's part again).
 */
const cardsOf = memoized((view: TimelineView) =>
  memoized((entry: ResolvedEntry): string =>
    cacheKey(entryDigest(entry), relatedPart(entry, view, false), namesPart(entry, view)),
  ),
);

/** What the year navigation shows, for the keys of the pages that have it: each year group's name and count. */
export const yearNavPart = memoized((view: TimelineView): string =>
  cacheKey(view.years.map((group) => [group.id, group.label, group.entries.length])),
);

/** A share image's key: the words drawn on it. */
export function shareImageKey(view: TimelineView, threadId: string | undefined): string {
  return cacheKey(layoutPart(view), threadId === undefined ? undefined : view.thread.get(threadId)?.title);
}

/** Each storyline as its pages show it, per view: one value for all its pages, so its digest is made once. */
const evolutionsOf = memoized((view: TimelineView) =>
  memoized((thread: ResolvedThread): unknown => [
    thread,
    thread.evolution.map((step) => [view.entry.get(step.entry)?.title, view.entry.get(step.entry)?.date]),
  ]),
);

/** A storyline as its pages show it: the record, and the title and date of each step of its evolution strip. */
export const evolutionShown = (thread: ResolvedThread, view: TimelineView): unknown => evolutionsOf(view)(thread);

/** An index page's key (storylines, people, topics): its place in the index and the items it lists. */
export function indexPageKey(
  view: TimelineView,
  page: { currentPage: number; lastPage: number; data: readonly unknown[] },
): string {
  return cacheKey(layoutPart(view), page.currentPage, page.lastPage, page.data);
}

/** A page of the storylines side by side: its place among the pages, and its drawing (every lane, mark and label). */
export function lanesPageKey(view: TimelineView, page: { currentPage: number; lastPage: number }, drawing: unknown) {
  return cacheKey(layoutPart(view), page.currentPage, page.lastPage, drawing);
}

/** A feed's key: its scope (the site or a storyline), its format and its items. */
export function feedKey(
  view: TimelineView,
  thread: ResolvedThread | undefined,
  format: string,
  items: readonly unknown[],
): string {
  return cacheKey(layoutPart(view), thread && [thread.id, thread.title, thread.summary], format, items);
}

/**
 * A data file's key (timeline.json, whole or of one storyline): the entries it holds, and the records it holds as it
 * holds them (exportedRecords). Not every record of the site: a new entry changes the list of entries of its
 * storylines, people and topics, and with those in every storyline's key, each storyline's file was written again.
 */
export function dataKey(view: TimelineView, entries: readonly ResolvedEntry[], thread: string | undefined): string {
  return cacheKey(layoutPart(view), thread, entries.map(entryDigest), exportedRecords(view, thread));
}
