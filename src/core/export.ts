/** The published model in the project's own JSON form and as CSV rows: the same data, for other tools. */
import { formatIso } from './dates.ts';
import type { TimelineModel } from './model.ts';
import { entryPath } from './paths.ts';
import type { TimelineExport } from './schema/export.ts';

/** The model as the JSON export (see schema/export.ts and schemas/timeline-export.schema.json). */
export function toExport(model: TimelineModel): TimelineExport {
  const { title, description, language, url } = model.site;
  return {
    site: { title, description, language, ...(url ? { url } : {}) },
    entries: model.entries.map((entry) => ({
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
      sources: entry.sources.map(({ outletName, outletId: _id, outletUrl: _url, published, ...source }) => ({
        ...source,
        ...(outletName ? { outlet: outletName } : {}),
        ...(published ? { published: published.text } : {}),
      })),
      relations: entry.relations,
      inverseRelations: entry.inverseRelations,
      updates: entry.updates.map((update) => ({ date: update.date.text, kind: update.kind, note: update.note })),
      ...(entry.media ? { media: entry.media } : {}),
      body: entry.body.trim(),
    })),
    threads: model.threads.map(({ id, title: threadTitle, summary, entries }) => ({ id, title: threadTitle, ...(summary ? { summary } : {}), entries })),
    people: model.people.map(({ entries: _entries, ...person }) => person),
    topics: model.topics.map(({ entries: _entries, ...topic }) => topic),
  };
}

/** One row per entry, with a header row: for spreadsheets. */
export function toCsvRows(model: TimelineModel): string[][] {
  const header = ['id', 'date', 'end', 'qualifier', 'date_text', 'title', 'summary', 'kind', 'status', 'people', 'threads', 'topics', 'source_urls', 'page'];
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
    `/${entryPath(entry.id)}`,
  ]);
  return [header, ...rows];
}
