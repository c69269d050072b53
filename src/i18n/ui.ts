/** Every word the site prints that does not come from content, per language; pages ask `useStrings(language)`. */
import type { DateWords } from '../core/dates.ts';
import type { Plural } from './format.ts';
import type { EntryKind, RelationType, Status, UpdateKind } from '../core/schema/vocabulary.ts';
import { uk } from './uk.ts';

export interface UiStrings {
  dates: DateWords;
  kinds: Record<EntryKind, string>;
  statuses: Record<Status, string>;
  /** How a relation reads on the entry that states it, and on the entry it points to. */
  relations: Record<RelationType, { outgoing: string; incoming: string }>;
  updateKinds: Record<UpdateKind, string>;
  /** `label` names the site navigation for screen readers. */
  nav: { label: string; timeline: string; threads: string; people: string; topics: string; pledges: string; years: string };
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
  olderByYear: string;
  allOfYear: (year: string) => string;
  earlierEntries: (count: number) => string;
  monthUnknown: (heading: string) => string;
  entriesCount: (count: number) => string;
  sourcesCount: (count: number) => string;
  sources: string;
  archived: string;
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
  dateUncertain: string;
  media: string;
  /** A storyline's evolution strip: its heading, the hidden words before each status, and a note on older steps. */
  evolution: { heading: string; statusAfter: string; earlier: (count: number) => string };
  /** The theme switch: its label, pressed when the dark theme is on. */
  darkTheme: string;
  pages: { label: string; previous: string; next: string; position: (page: number, pages: number) => string };
  /** `quoted` puts a title in the language's quotation marks, as a citation gives it. */
  cite: { heading: string; quoted: (title: string) => string; updated: string; accessed: string; accessDatePlaceholder: string };
  embed: { heading: string; intro: string; label: string; openFull: string };
  feeds: { heading: string; intro: string; rss: string; atom: string; json: string };
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

const en: UiStrings = {
  dates: {
    circa: (date) => `c. ${date}`,
    before: (date) => `before ${date}`,
    after: (date) => `after ${date}`,
    between: (start, end) => `between ${start} and ${end}`,
    span: (start, end) => `${start} – ${end}`,
  },
  kinds: {
    pledge: 'Pledge',
    statement: 'Statement',
    report: 'Report',
    proposal: 'Proposal',
    rejection: 'Rejection',
    meeting: 'Meeting',
    call: 'Call',
    decision: 'Decision',
    event: 'Event',
    context: 'Context',
    period: 'Period',
  },
  statuses: {
    pledged: 'Pledged',
    revised: 'Revised',
    'in-progress': 'In progress',
    kept: 'Kept',
    broken: 'Broken',
    abandoned: 'Abandoned',
    reported: 'Reported',
    confirmed: 'Confirmed',
    denied: 'Denied',
    retracted: 'Retracted',
    proposed: 'Proposed',
    'under-discussion': 'Under discussion',
    accepted: 'Accepted',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  relations: {
    revises: { outgoing: 'Revises', incoming: 'Revised by' },
    'responds-to': { outgoing: 'Responds to', incoming: 'Responded to by' },
    contradicts: { outgoing: 'Contradicts', incoming: 'Contradicted by' },
    confirms: { outgoing: 'Confirms', incoming: 'Confirmed by' },
    'follows-up': { outgoing: 'Follows up', incoming: 'Followed up by' },
    supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  },
  updateKinds: { correction: 'Correction', update: 'Update', clarification: 'Clarification' },
  nav: { label: 'Site', timeline: 'Timeline', threads: 'Storylines', people: 'People', topics: 'Topics', pledges: 'Pledge tracker', years: 'Years' },
  skipToContent: 'Skip to content',
  citationLabel: 'Source {number}',
  footnotes: { heading: 'Footnotes', back: 'Back to reference {number}' },
  languages: 'Languages',
  languageName: 'English',
  translatedBy: (translator) => `Translated by ${translator}`,
  translationsIntro: 'The entries of this timeline that are translated into this language.',
  latest: 'Latest developments',
  olderByYear: 'Browse by year',
  allOfYear: (year) => `Everything in ${year}`,
  earlierEntries: (count) => `${count} earlier ${count === 1 ? 'entry is' : 'entries are'} on the year pages.`,
  monthUnknown: (heading) => `${heading} (month not known)`,
  entriesCount: (count) => `${count} ${count === 1 ? 'entry' : 'entries'}`,
  sourcesCount: (count) => `${count} ${count === 1 ? 'source' : 'sources'}`,
  sources: 'Sources',
  archived: 'archived copy',
  relatedEntries: 'How this connects',
  inThread: (title) => `In the storyline “${title}”`,
  threadPosition: (position, total) => `Step ${position} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  people: 'People',
  topics: 'Topics',
  threads: 'Storylines',
  updatesLog: 'Updates and corrections',
  noUpdates: 'No corrections or updates since publication.',
  lastUpdated: 'Last updated',
  published: 'Published',
  status: 'Status',
  currentStatus: 'Current status',
  chain: 'What happened to it',
  noChain: 'Nothing has revised or answered this pledge yet.',
  pledgesIntro: 'Every pledge in this timeline, with its current status and the developments that revised or answered it, newest first.',
  aliases: 'Also called',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
  footer: 'Every entry is sourced; corrections are logged on the entry they change.',
  dateUncertain: 'Date as precise as the sources allow',
  media: 'Media',
  evolution: {
    heading: 'How it evolved',
    statusAfter: 'Status after this step',
    earlier: (count) => `${count} earlier ${count === 1 ? 'step is' : 'steps are'} in the list below.`,
  },
  darkTheme: 'Dark theme',
  pages: { label: 'Pages', previous: '← Previous page', next: 'Next page →', position: (page, pages) => `Page ${page} of ${pages}` },
  cite: { heading: 'Cite this entry', quoted: (title) => `“${title}.”`, updated: 'Last updated', accessed: 'Accessed', accessDatePlaceholder: '[date you read it]' },
  embed: {
    heading: 'Embed this storyline',
    intro: 'Paste this into your page to show the storyline; its links open the full entries here.',
    label: 'Embed code',
    openFull: 'Open the full timeline',
  },
  feeds: { heading: 'Follow this story', intro: 'New developments and corrections, in your feed reader:', rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
  search: {
    label: 'Search the timeline',
    placeholder: 'Search: a name, a place, a claim…',
    button: 'Search',
    shortcutHint: 'Press / to search',
    title: 'Search',
    intro: 'Find any development, then narrow it by storyline, person, topic, kind, status or year.',
    needsJavaScript: 'Searching needs JavaScript, which is off or unavailable in this browser. Everything is also reachable without it:',
    browseInstead: 'Browse instead',
    filters: 'Narrow the results',
    facets: { thread: 'Storyline', person: 'Person', topic: 'Topic', kind: 'Kind', status: 'Status', year: 'Year' },
    sort: 'Order',
    sortOptions: { relevance: 'Best match', newest: 'Newest first', oldest: 'Oldest first' },
    clearFilters: 'Clear all filters',
    loading: 'Searching…',
    empty: 'Type a word or a name, or choose a filter, to see matching entries.',
    results: { one: '{count} entry matches “{query}”.', other: '{count} entries match “{query}”.' },
    browsing: { one: '{count} entry matches the filters.', other: '{count} entries match the filters.' },
    noResults: 'No entry matches “{query}”.',
    noResultsHelp: 'Try fewer or different words, check the spelling, or clear the filters.',
    failed: 'Search could not load. Reload the page to try again.',
  },
};

const languages: Record<string, UiStrings> = { en, uk };

/** The UI strings for a BCP 47 language tag, by its primary language, falling back to English. */
export function useStrings(language: string): UiStrings {
  return languages[language.split('-')[0]?.toLowerCase() ?? 'en'] ?? en;
}

/** A language's name in itself, for the language switcher: ours where the site has its words, else the browser's. */
export function languageName(language: string): string {
  const ours = languages[language.split('-')[0]?.toLowerCase() ?? ''];
  if (ours) return ours.languageName;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
