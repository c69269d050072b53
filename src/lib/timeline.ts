/** The pages' one way to the model: Astro's collections, typed with the core's resolved types. */
import { everyEntrySourced } from '../core/sources/followable.ts';
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type {
  RecordKind,
  ResolvedEntry,
  ResolvedPerson,
  ResolvedThread,
  ResolvedTopic,
  ResolvedTranslation,
  ShownDate,
  TimelineRecord,
  YearGroup,
} from '../core/model.ts';
import type { Outlet, Site } from '../core/schema/index.ts';
import { languageName, useStrings, type UiStrings } from '../i18n/ui.ts';
import { markdownBodies, type StoredEntry } from './markdown-bodies.ts';
import { personUrl, threadUrl, topicUrl } from './url.ts';

/** Everything the pages render, with lookups by id. */
export interface TimelineView {
  site: Site;
  /** Whether every entry rests on a source a reader can look up: the footer says so only then. */
  allSourced: boolean;
  entries: ResolvedEntry[];
  entry: Map<string, ResolvedEntry>;
  /** Translations in story order, and by `language/id`. */
  translations: ResolvedTranslation[];
  translation: Map<string, ResolvedTranslation>;
  threads: ResolvedThread[];
  thread: Map<string, ResolvedThread>;
  people: ResolvedPerson[];
  person: Map<string, ResolvedPerson>;
  topics: ResolvedTopic[];
  topic: Map<string, ResolvedTopic>;
  outlets: Outlet[];
  years: YearGroup[];
  /** The group each year with entries falls in (a year, or a span when the timeline has many years). */
  yearGroupOf: Map<number, YearGroup>;
  strings: ReturnType<typeof useStrings>;
}

let view: Promise<TimelineView> | undefined;

/** What the view is made of, as the collections hand it out. */
interface Collected {
  records: TimelineRecord[];
  entries: StoredEntry[];
  translations: ResolvedTranslation[];
}

async function collected(): Promise<Collected> {
  const records = (await getCollection('records')).map((item) => item.data);
  const site = records.find((record) => record.kind === 'site');
  // Astro warns about an empty collection: a site with no translations does not ask for them.
  const translations = site?.translations.length ? await getCollection('translations') : [];
  return {
    records,
    entries: (await getCollection('entries')).map((item) => item.data),
    translations: translations.map((item) => item.data),
  };
}

function build({ records, entries: unordered, translations: unorderedTranslations }: Collected): TimelineView {
  const ofKind = <K extends RecordKind>(kind: K) =>
    records.filter((record): record is Extract<TimelineRecord, { kind: K }> => record.kind === kind);
  const site = ofKind('site')[0];
  if (!site) {
    throw new AstroError(
      'The site settings were not loaded into the records collection.',
      'Run `npm run check` to see what is wrong with the content; if it finds nothing, delete node_modules/.astro/ ' +
        '(the build cache) and build again.',
    );
  }
  // Collections do not keep order; each entry carries its place in the core's story order.
  const bodies = markdownBodies();
  const entries = unordered.map((entry) => ({ ...entry, body: bodies.get(entry.id) ?? '' })).sort(storyOrder);
  const order = new Map(entries.map((entry) => [entry.id, entry.order]));
  const translations = [...unorderedTranslations].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.language.localeCompare(b.language),
  );
  const threads = ofKind('thread');
  const people = ofKind('person');
  const topics = ofKind('topic');
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const years = ofKind('year').sort((a, b) => a.year - b.year);
  return {
    site,
    entries,
    entry: byId(entries),
    translations,
    translation: new Map(translations.map((translation) => [`${translation.language}/${translation.id}`, translation])),
    threads,
    thread: byId(threads),
    people,
    person: byId(people),
    topics,
    topic: byId(topics),
    outlets: ofKind('outlet'),
    years,
    yearGroupOf: groupOfYear(years, entries),
    allSourced: everyEntrySourced(entries),
    strings: useStrings(site.language),
  };
}

/** Each year with entries, with the group it falls in (groups list their entries; entries carry their year). */
function groupOfYear(years: YearGroup[], entries: ResolvedEntry[]): Map<number, YearGroup> {
  const groupOfEntry = new Map(years.flatMap((group) => group.entries.map((id) => [id, group] as const)));
  const result = new Map<number, YearGroup>();
  for (const entry of entries) {
    const group = groupOfEntry.get(entry.id);
    if (group) result.set(entry.date.year, group);
  }
  return result;
}

function storyOrder(a: ResolvedEntry, b: ResolvedEntry): number {
  return a.order - b.order;
}

/** An entry of the view, with its Markdown body (an entry of the content store has none: see markdown-bodies.ts). */
export function entryOf(view: TimelineView, id: string): ResolvedEntry {
  const entry = view.entry.get(id);
  if (!entry) throw new AstroError(`Entry ${id} is in the content store but not in the timeline view.`);
  return entry;
}

/** The timeline model as the pages see it (loaded once per build; in dev, again only when the content changed). */
export async function timeline(): Promise<TimelineView> {
  if (!import.meta.env.DEV) return (view ??= collected().then(build));
  // Every component of a page asks for the view: made afresh each time, a list page of an archive of 10,000 entries
  // took ~10 s in dev. The collections hand out the content store's own objects until the content changes, so the
  // view is kept while every record and entry is the very object it was made from.
  const now = await collected();
  const parts = [...now.records, ...now.entries, ...now.translations];
  if (devView && sameObjects(devView.parts, parts)) return devView.view;
  devView = { parts, view: build(now) };
  return devView.view;
}

let devView: { parts: readonly object[]; view: TimelineView } | undefined;

/** Whether two lists hold the same objects in the same order. */
function sameObjects(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * The language a page is in and its words: a translation's pages are `src/pages/[lang]/…`, so their `lang` parameter
 * names it (a root page has none, even where another parameter happens to spell a language, e.g. a topic "uk").
 */
export async function localized(
  locale: string | undefined,
): Promise<{ language: string; strings: UiStrings; translated: boolean }> {
  const { site, strings } = await timeline();
  if (!locale || locale === site.language) return { language: site.language, strings, translated: false };
  return { language: locale, strings: useStrings(locale), translated: true };
}

/**
 * The same page in the site's language and in each of `languages` (none when it has no translation), for the
 * hreflang links and the language switcher; `pathIn` gives the page's path in a translation's language, or in the
 * site's own (undefined).
 */
export function alternatesOf(
  site: Site,
  languages: readonly string[],
  pathIn: (language: string | undefined) => string,
): { language: string; name: string; path: string }[] {
  if (languages.length === 0) return [];
  return [site.language, ...languages].map((language, index) => ({
    language,
    name: languageName(language),
    path: pathIn(index === 0 ? undefined : language),
  }));
}

/** A storyline, person or topic as its index lists it: the shown words, and exactly what its index page key covers. */
export interface IndexItem {
  href: string;
  name: string;
  /** A storyline's or topic's summary, a person's role. */
  note: string | undefined;
  count: number;
  /** A storyline's first and last dates. */
  span: readonly [ShownDate, ShownDate] | undefined;
}

/** Every storyline, person or topic as its index lists it (in no particular order: indexPages sorts). */
export function indexItems(view: TimelineView, kind: 'threads' | 'people' | 'topics'): IndexItem[] {
  if (kind === 'people')
    return view.people.map((person) => ({
      href: personUrl(person.id),
      name: person.name,
      note: person.role,
      count: person.entries.length,
      span: undefined,
    }));
  if (kind === 'topics')
    return view.topics.map((topic) => ({
      href: topicUrl(topic.id),
      name: topic.name,
      note: topic.summary,
      count: topic.entries.length,
      span: undefined,
    }));
  return view.threads.map((thread) => {
    const first = view.entry.get(thread.entries[0] ?? '');
    const last = view.entry.get(thread.entries.at(-1) ?? '');
    return {
      href: threadUrl(thread.id),
      name: thread.title,
      note: thread.summary,
      count: thread.entries.length,
      span: first && last ? [first.date, last.date] : undefined,
    };
  });
}
