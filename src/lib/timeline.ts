/** The pages' one way to the model: what the content loader read, checked and rendered, with lookups by id. */
import { everyEntrySourced } from '../core/sources/followable.ts';
import { AstroError } from 'astro/errors';
import type {
  ResolvedEntry,
  ResolvedPerson,
  ResolvedThread,
  ResolvedTopic,
  ResolvedTranslation,
  ShownDate,
  YearGroup,
} from '../core/model.ts';
import type { Outlet, Site } from '../core/schema/index.ts';
import { languageName, useStrings, type UiStrings } from '../i18n/ui.ts';
import {
  bodyIn,
  loadedContent,
  translationKey,
  type LoadedBody,
  type LoadedContent,
  type RenderedBody,
} from './loaded-content.ts';
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
  /** Every body: an entry's by its id, a translation's by `language/id`. */
  bodies: ReadonlyMap<string, LoadedBody>;
}

function build({ model, bodies }: LoadedContent): TimelineView {
  const { site, entries, translations, threads, people, topics, years } = model;
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  return {
    site,
    entries,
    entry: byId(entries),
    translations,
    translation: new Map(translations.map((translation) => [translationKey(translation), translation])),
    threads,
    thread: byId(threads),
    people,
    person: byId(people),
    topics,
    topic: byId(topics),
    outlets: model.outlets,
    years,
    yearGroupOf: groupOfYear(years, entries),
    allSourced: everyEntrySourced(entries),
    strings: useStrings(site.language),
    bodies,
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

/** An entry of the view. */
export function entryOf(view: TimelineView, id: string): ResolvedEntry {
  const entry = view.entry.get(id);
  if (!entry) throw new AstroError(`Entry ${id} is not in the timeline view.`);
  return entry;
}

const loadedBody = (view: TimelineView, key: string): LoadedBody => bodyIn(view.bodies, key);

/** The digest of what decides the HTML of an entry's body (by its id) or a translation's (by `language/id`). */
export const bodyDigest = (view: TimelineView, key: string): string => loadedBody(view, key).digest;

/** The HTML of an entry's body (by its id) or a translation's (by `language/id`), as the content loader rendered it. */
export const bodyOf = (view: TimelineView, key: string): Promise<RenderedBody> => loadedBody(view, key).rendered();

let kept: { content: LoadedContent; view: TimelineView } | undefined;

/**
 * The timeline as the pages see it: made once from what the content loader published, and again only when it
 * publishes anew (in dev, after a change to the content). Every component of a page asks for it.
 */
export async function timeline(): Promise<TimelineView> {
  const content = loadedContent();
  if (kept?.content !== content) kept = { content, view: build(content) };
  return kept.view;
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
