/** Every word the site prints that does not come from content, per language; pages ask `useStrings(language)`. */
import type { DateWords } from '../core/dates.ts';
import type { EntryKind, RelationType, Status, UpdateKind } from '../core/schema/vocabulary.ts';

export interface UiStrings {
  dates: DateWords;
  kinds: Record<EntryKind, string>;
  statuses: Record<Status, string>;
  /** How a relation reads on the entry that states it, and on the entry it points to. */
  relations: Record<RelationType, { outgoing: string; incoming: string }>;
  updateKinds: Record<UpdateKind, string>;
  nav: { timeline: string; threads: string; people: string; topics: string; pledges: string; years: string };
  skipToContent: string;
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
  nav: { timeline: 'Timeline', threads: 'Storylines', people: 'People', topics: 'Topics', pledges: 'Pledge tracker', years: 'Years' },
  skipToContent: 'Skip to content',
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
};

const languages: Record<string, UiStrings> = { en };

/** The UI strings for a BCP 47 language tag, by its primary language, falling back to English. */
export function useStrings(language: string): UiStrings {
  return languages[language.split('-')[0]?.toLowerCase() ?? 'en'] ?? en;
}
