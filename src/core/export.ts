/** The published model in the project's own JSON form and as CSV rows: the same data, for other tools. */
import { formatIso } from './dates.ts';
import type { ResolvedMedia } from './media.ts';
import type { ResolvedEntry, ResolvedSource, TimelineModel } from './model.ts';
import { entryPath } from './paths.ts';
import type { TimelineExport } from './schema/export.ts';
import { spreadsheetCell } from './spreadsheet.ts';

/** The parts of the model an export needs (the site's pages have exactly these). */
export type ExportSource = Pick<TimelineModel, 'site' | 'entries' | 'threads' | 'people' | 'topics'>;

/** Each storyline's entries in the order of a list of entries, worked out once per list. */
const byStoryline = new WeakMap<readonly ResolvedEntry[], Map<string, ResolvedEntry[]>>();

/**
 * The entries an export holds: every one, or those of one storyline. A site exports each storyline's: looking
 * through every entry for each of them grew with storylines × entries (at 100,000 entries, 1,667 × 100,000).
 */
export function exportedEntries(model: Pick<ExportSource, 'entries'>, thread?: string): readonly ResolvedEntry[] {
  if (thread === undefined) return model.entries;
  let groups = byStoryline.get(model.entries);
  if (!groups) {
    groups = new Map();
    for (const entry of model.entries)
      for (const id of new Set(entry.threads)) {
        const group = groups.get(id);
        if (group) group.push(entry);
        else groups.set(id, [entry]);
      }
    byStoryline.set(model.entries, groups);
  }
  return groups.get(thread) ?? [];
}

/**
 * The model as the JSON export (see schema/export.ts and schemas/timeline-export.schema.json), optionally one thread's
 * part. `bodyHtml` gives an entry's body rendered and sanitized
 * by the site's Markdown pipeline (the core renders none).
 */
export function toExport(
  model: ExportSource,
  bodyHtml: (entry: ResolvedEntry) => string,
  options: { schemaUrl?: string; thread?: string } = {},
): TimelineExport {
  const { title, description, language, url } = model.site;
  const entries = exportedEntries(model, options.thread);
  return {
    ...(options.schemaUrl ? { $schema: options.schemaUrl } : {}),
    site: { title, description, language, ...(url ? { url } : {}) },
    entries: entries.map((entry) => ({
      id: entry.id,
      url: `/${entryPath(entry.id)}`,
      title: entry.title,
      summary: entry.summary,
      date: {
        text: entry.date.text,
        start: formatIso(entry.spec.start),
        ...(entry.spec.end ? { end: formatIso(entry.spec.end) } : {}),
        ...(entry.spec.qualifier ? { qualifier: entry.spec.qualifier } : {}),
        precision: entry.date.precision,
        sortKey: entry.date.sortKey,
      },
      kind: entry.kind,
      ...(entry.status ? { status: entry.status } : {}),
      people: entry.people,
      threads: entry.threads,
      topics: entry.topics,
      sources: entry.sources.map(exportedSource),
      relations: entry.relations,
      inverseRelations: entry.inverseRelations,
      updates: entry.updates.map((update) => ({ date: update.date.text, kind: update.kind, note: update.note })),
      ...(entry.media ? { media: exportedMedia(entry.media) } : {}),
      body: entry.body.trim(),
      html: bodyHtml(entry),
    })),
    ...exportedRecords(model, options.thread),
  };
}

/**
 * The storylines, people and topics an export holds: all of them, or for one storyline's file that storyline and the
 * people and topics its entries name. Also what that file's cache key covers of them (src/lib/page-keys.ts).
 */
export function exportedRecords(
  model: Pick<ExportSource, 'entries' | 'threads' | 'people' | 'topics'>,
  thread?: string,
): Pick<TimelineExport, 'threads' | 'people' | 'topics'> {
  const entries = exportedEntries(model, thread);
  // The people and topics a storyline's entries name, gathered once (not one look through its entries per person).
  const named = (field: 'people' | 'topics') => new Set(entries.flatMap((entry) => entry[field]));
  const shown = thread === undefined ? undefined : { people: named('people'), topics: named('topics') };
  const used = (field: 'people' | 'topics', id: string) => !shown || shown[field].has(id);
  return {
    threads: model.threads
      .filter((record) => thread === undefined || record.id === thread)
      .map(({ id, title, summary, entries: ids }) => ({ id, title, ...(summary ? { summary } : {}), entries: ids })),
    people: model.people
      .filter((person) => used('people', person.id))
      .map(({ entries: _entries, ...person }) => person),
    topics: model.topics.filter((topic) => used('topics', topic.id)).map(({ entries: _entries, ...topic }) => topic),
  };
}

/** The CSV export's columns that hold only written dates (see `spreadsheetCell`). */
const DATE_COLUMNS = new Set(['date', 'end']);

/**
 * One row per entry, with a header row: for spreadsheets. A cell a spreadsheet would run as a formula gets a quote in
 * front (see spreadsheet.ts); `fromSpreadsheetCell` reads it back.
 */
export function toCsvRows(model: TimelineModel): string[][] {
  const header = [
    'id',
    'date',
    'end',
    'qualifier',
    'date_text',
    'title',
    'summary',
    'kind',
    'status',
    'people',
    'threads',
    'topics',
    'source_urls',
    'archived_urls',
    'dead_source_urls',
    'page',
  ];
  const rows = model.entries.map((entry) => [
    entry.id,
    formatIso(entry.spec.start),
    entry.spec.end ? formatIso(entry.spec.end) : '',
    entry.spec.qualifier ?? '',
    entry.date.text,
    entry.title,
    entry.summary,
    entry.kind,
    entry.status ?? '',
    entry.people.join(' '),
    entry.threads.join(' '),
    entry.topics.join(' '),
    entry.sources.flatMap((source) => (source.url ? [source.url] : [])).join(' '),
    entry.sources.flatMap((source) => (source.archived ? [source.archived] : [])).join(' '),
    entry.sources.flatMap((source) => (source.url && source.urlDead ? [source.url] : [])).join(' '),
    `/${entryPath(entry.id)}`,
  ]);
  const safe = rows.map((row) =>
    row.map((cell, column) => spreadsheetCell(cell, DATE_COLUMNS.has(header[column] ?? '') ? 'date' : 'text')),
  );
  return [header, ...safe];
}

/** A source for other tools: names and days as plain text, and what the last link check found (`npm run sources`). */
function exportedSource(source: ResolvedSource) {
  const { outletName, outletId: _id, outletUrl: _url, published, archiveDate, urlDead, archivedDead, ...rest } = source;
  return {
    ...rest,
    ...(outletName ? { outlet: outletName } : {}),
    ...(published ? { published: published.text } : {}),
    ...(archiveDate?.datetime ? { archiveDate: archiveDate.datetime } : {}),
    ...(urlDead ? { urlDeadOn: urlDead.datetime } : {}),
    ...(archivedDead ? { archivedDeadOn: archivedDead.datetime } : {}),
  };
}

/** An entry's media for other tools: how the site loads and titles it is its own presentation. */
function exportedMedia({ src: _src, title: _title, titleIsCaption: _titleIsCaption, ...media }: ResolvedMedia) {
  return media;
}
