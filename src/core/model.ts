/**
 * The resolved model: what the core hands to pages and scripts,
 * every reference checked and every derived fact computed.
 */
import type { DatePrecision, DateSpec } from './dates.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ResolvedMedia } from './media.ts';
import type { Outlet, Person, Site, Thread, Topic } from './schema/index.ts';
import type { DateQualifier, EntryKind, RelationType, Status, UpdateKind } from './schema/vocabulary.ts';
import type { SummaryRepeats } from './summary-repeats.ts';

/** A date ready to print: words for readers, `datetime` values for machines, a key for sorting. */
export interface ShownDate {
  /** As the site prints it, e.g. "before 20 January 2025" (the editor's label when one is given). */
  text: string;
  /** The computed words even where a label replaces them, e.g. for a tooltip. */
  computed: string;
  /** For `<time datetime>`; absent where HTML has no form (years before 1 AD). */
  datetime?: string;
  endDatetime?: string;
  precision: DatePrecision;
  qualifier?: DateQualifier;
  sortKey: string;
  /** The calendar year and month the entry is filed under (month absent for year precision). */
  year: number;
  month?: number;
}

export interface ResolvedSource {
  /** The citation number, from 1, in frontmatter order. */
  number: number;
  id?: string;
  /** The outlet's display name (from outlets.yaml when the source names an outlet id). */
  outletName?: string;
  outletId?: string;
  outletUrl?: string;
  title?: string;
  url?: string;
  archived?: string;
  /** The day the archived copy was made, as `npm run sources -- --archive` writes it. */
  archiveDate?: { text: string; datetime?: string };
  /** The day a link check last found the original address dead (on separate days): readers get the copy first. */
  urlDead?: { text: string; datetime: string };
  /** The day a link check last found the archived copy itself dead. */
  archivedDead?: { text: string; datetime: string };
  published?: { text: string; datetime?: string };
  quote?: string;
  note?: string;
}

export interface RelationLink {
  type: RelationType;
  /** The other entry's id. */
  entry: string;
  note?: string | undefined;
}

export interface ThreadStep {
  thread: string;
  /** 1-based place of this entry in the thread. */
  position: number;
  total: number;
  previous?: string;
  next?: string;
}

export interface ResolvedUpdate {
  date: { text: string; datetime?: string; sortKey: string };
  kind: UpdateKind;
  note: string;
}

export interface ResolvedEntry {
  id: string;
  /** Place in story order, from 0 (collections do not keep order; this does). */
  order: number;
  /** The same place as text that sorts with `<`, unchanged when other entries are added (search sorts by it). */
  storyKey: string;
  /** The file it came from, relative to the project root. */
  file: string;
  title: string;
  summary: string;
  /** Where the summary repeats the title or the body's opening: pages then print it once. */
  summaryRepeats: SummaryRepeats;
  kind: EntryKind;
  status?: Status;
  date: ShownDate;
  spec: DateSpec;
  people: string[];
  threads: string[];
  topics: string[];
  sources: ResolvedSource[];
  /** Relations this entry states ("revises X"). */
  relations: RelationLink[];
  /** Relations other entries state about this one ("revised by Y"). */
  inverseRelations: RelationLink[];
  threadSteps: ThreadStep[];
  updates: ResolvedUpdate[];
  /** The entry's media, with what the site shows it as: an image, or a link card naming its provider. */
  media?: ResolvedMedia;
  /** A rated claim: its author resolved to a person where the author is a person id. */
  claim?: {
    text: string;
    author: { name: string; person?: string };
    appearance?: string;
    date?: { text: string; iso: string };
    rating?: { label: string; value?: number | undefined; best?: number | undefined; worst?: number | undefined };
  };
  published?: { text: string; datetime?: string };
  /** The newest of the updates log and the publication date. */
  lastUpdated?: { text: string; datetime?: string };
  /** For pledges: every entry that revised, answered or followed it, directly or down the line, newest first. */
  chain: string[];
  body: string;
  /** The file line where the body starts (the Markdown body, or the `body` field of a YAML entry). */
  bodyLine: number;
  /** Entries the body links to with [[id]]. */
  bodyLinks: string[];
  /** The languages this entry is also published in, each at /<language>/entries/<id>/. */
  translations: string[];
}

/** An entry in another language: its own words, the original's facts. */
export interface ResolvedTranslation {
  /** The id of the entry it translates. */
  id: string;
  language: string;
  file: string;
  title: string;
  summary: string;
  /** Where the summary repeats the title or the body's opening: pages then print it once. */
  summaryRepeats: SummaryRepeats;
  /** The entry's date, written in this language. */
  date: ShownDate;
  translator?: string;
  body: string;
  bodyLine: number;
  bodyLinks: string[];
}

export interface ResolvedThread extends Thread {
  /** Entry ids in story order. */
  entries: string[];
  /** Its place among the threads (in threads.yaml order), which picks its colour. */
  index: number;
  /**
   * How the claim evolved: the steps that carry a status, in story order, each with how it relates to the one before.
   */
  evolution: EvolutionStep[];
}

/** One step of a storyline's evolution: an entry with a status, e.g. a pledge revised from 24 hours to 100 days. */
export interface EvolutionStep {
  entry: string;
  status: Status;
  /** How this step relates to the step before it ("revises"), where this step's entry says so. */
  relation?: RelationType;
}

export interface ResolvedPerson extends Person {
  entries: string[];
}

export interface ResolvedTopic extends Topic {
  entries: string[];
}

export interface YearGroup {
  /** The year or span as an address segment (`2025`, `44-bc`, `1900-to-1999`), also the record's id. */
  id: string;
  /** The first year (astronomical numbering). */
  year: number;
  /** The last year: the same as `year` unless the timeline has too many years for a group each (periods.ts). */
  last: number;
  /** The year or span as the site writes it ("2025", "44 BC", "1900 – 1999"). */
  label: string;
  /** Entry ids, oldest first. */
  entries: string[];
}

export interface TimelineModel {
  site: Site;
  /** Published entries in chronological order. */
  entries: ResolvedEntry[];
  /** Published translations, in the entries' story order. */
  translations: ResolvedTranslation[];
  threads: ResolvedThread[];
  people: ResolvedPerson[];
  topics: ResolvedTopic[];
  outlets: Outlet[];
  years: YearGroup[];
  /** Ids of drafts left out of everything published. */
  drafts: string[];
  diagnostics: Diagnostic[];
}

/** A record tagged with its kind, as a plain object type (so it fits any store that holds JSON-like objects). */
type Tagged<K extends string, T> = { kind: K } & { [P in keyof T]: T[P] };

/**
 * A record the site keeps beside its entries, tagged with its kind:
 * the site settings, a year, storyline, person, topic or outlet.
 */
export type TimelineRecord =
  | Tagged<'site', Site>
  | Tagged<'year', YearGroup>
  | Tagged<'thread', ResolvedThread>
  | Tagged<'person', ResolvedPerson>
  | Tagged<'topic', ResolvedTopic>
  | Tagged<'outlet', Outlet>;

/** Each kind of record (the site settings are `site`). */
export type RecordKind = TimelineRecord['kind'];
