/** The shape of the site's words in every language: what `useStrings(language)` gives. */
import type { DateWords } from '../core/dates.ts';
import type { EntryKind, RelationType, Status, UpdateKind } from '../core/schema/vocabulary.ts';
import type { GapUnit } from '../core/scale/step-gap.ts';
import type { StepMarkKind } from '../core/scale/storyline-scale.ts';
import type { Plural } from './format.ts';

export interface UiStrings {
  /** The words around dates: the core's own (core/date-words.ts), which writes every date. */
  dates: DateWords;
  kinds: Record<EntryKind, string>;
  statuses: Record<Status, string>;
  /** How a relation reads on the entry that states it, and on the entry it points to. */
  relations: Record<RelationType, { outgoing: string; incoming: string }>;
  updateKinds: Record<UpdateKind, string>;
  /** `label` names the site navigation for screen readers. */
  nav: {
    label: string;
    timeline: string;
    threads: string;
    people: string;
    topics: string;
    pledges: string;
    years: string;
  };
  skipToContent: string;
  /** How a citation in a body is named for screen readers, with {number}. */
  citationLabel: string;
  /** A body's footnotes: their heading for screen readers, and the way back to a reference (with {number}). */
  footnotes: { heading: string; back: string };
  /** The label of the language switcher. */
  languages: string;
  /** The name of this language, in itself, as the switcher offers it. */
  languageName: string;
  /** Who translated an entry, under its summary. */
  translatedBy: (translator: string) => string;
  /** The home page of a translation: what it holds. */
  translationsIntro: string;
  latest: string;
  /** What a home page with no entry says instead of an empty list. */
  emptyTimeline: string;
  /** What a storyline with no entry yet says instead of its steps. */
  emptyThread: string;
  olderByYear: string;
  /** A year page's title; `yearsAgo` when the label is deep time ("13.8 billion years ago"), which takes no "in". */
  allOfYear: (year: string, yearsAgo?: boolean) => string;
  earlierEntries: (count: number) => string;
  monthUnknown: (heading: string) => string;
  entriesCount: (count: number) => string;
  sourcesCount: (count: number) => string;
  sources: string;
  archived: string;
  /** Said of a source whose address a link check found dead: readers get the archived copy first. */
  originalGone: string;
  /** Said of an archived copy a link check found dead. */
  archivedGone: string;
  /** Before the day of that check: "(checked 12 March 2026)". */
  checkedOn: string;
  relatedEntries: string;
  inThread: (title: string) => string;
  threadPosition: (position: number, total: number) => string;
  previous: string;
  next: string;
  people: string;
  topics: string;
  threads: string;
  updatesLog: string;
  noUpdates: string;
  lastUpdated: string;
  published: string;
  status: string;
  currentStatus: string;
  chain: string;
  noChain: string;
  pledgesIntro: string;
  aliases: string;
  notFoundTitle: string;
  notFoundText: string;
  footer: string;
  /** The footer where not every entry rests on a source a reader can look up: corrections only. */
  footerCorrections: string;
  dateUncertain: string;
  media: string;
  /** A media link card's first line, naming where the media is, with {provider}: "On {provider}". */
  mediaOn: string;
  /** A storyline's evolution strip: its heading, the hidden words before each status, and a note on older steps. */
  evolution: { heading: string; statusAfter: string; earlier: (count: number) => string };
  /**
   * A storyline drawn to scale: its caption, the legend's heading and what each kind of mark means, a group of steps
   * too close to tell apart ("12 steps"), the time between two steps in each unit ("3 years later"), and that time
   * when a date in it is approximate ("about 3 years later").
   */
  storyScale: {
    caption: string;
    legend: string;
    kinds: Record<StepMarkKind, string>;
    /** The tick under the axis, on a storyline of several pages: the steps this page lists. */
    listed: string;
    group: (count: number) => string;
    gap: Record<GapUnit, (count: number) => string>;
    about: (gap: string) => string;
  };
  /** The theme switch: its label, pressed when the dark theme is on. */
  darkTheme: string;
  pages: { label: string; previous: string; next: string; position: (page: number, pages: number) => string };
  /** `quoted` puts a title in the language's quotation marks, as a citation gives it. */
  cite: {
    heading: string;
    quoted: (title: string) => string;
    updated: string;
    accessed: string;
    accessDatePlaceholder: string;
  };
  embed: { heading: string; intro: string; label: string; openFull: string };
  feeds: { heading: string; intro: string; rss: string; atom: string; json: string };
  /** The drawings to scale: their captions, what a break and deep time mean, and a break's length. */
  scale: {
    archive: string;
    byMonth: string;
    byYear: string;
    breakNote: string;
    deepNote: string;
    gap: (years: number) => string;
  };
  /** The storylines side by side: heading, intro, the links to and from it, a grouped mark's rest ({count}). */
  lanes: { heading: string; intro: string; link: string; index: string; more: string };
  search: SearchStrings;
}

/** The words of the search page and the header search: plain data, so the search script can receive them as JSON. */
export interface SearchStrings {
  label: string;
  placeholder: string;
  button: string;
  shortcutHint: string;
  title: string;
  intro: string;
  needsJavaScript: string;
  browseInstead: string;
  filters: string;
  facets: { thread: string; person: string; topic: string; kind: string; status: string; year: string };
  sort: string;
  sortOptions: { relevance: string; newest: string; oldest: string };
  clearFilters: string;
  loading: string;
  empty: string;
  /** Plural forms by `Intl.PluralRules` category, with {count} and {query} to fill in. */
  results: Plural;
  browsing: Plural;
  noResults: string;
  noResultsHelp: string;
  failed: string;
}
