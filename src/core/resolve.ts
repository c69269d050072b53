/** Resolves collected content into the published model: references checked, dates shown, relations both ways. */
import { useStrings } from '../i18n/ui.ts';
import { citationNumber, scanBody } from './body-syntax.ts';
import type { CollectedContent, Located, ParsedEntry } from './collect.ts';
import { formatDate, formatDateSpec, formatIso, machineDate, sortKey, type DateSpec, type PartialDate } from './dates.ts';
import type { Diagnostic } from './diagnostics.ts';
import { chainOf, findCycles, inverseRelations, storyKeys, threadMembers, threadSteps } from './graph.ts';
import type { EvolutionStep, ResolvedEntry, ResolvedSource, ShownDate, TimelineModel, YearGroup } from './model.ts';
import type { Site } from './schema/index.ts';
import { ID_PATTERN } from './schema/vocabulary.ts';
import { closest } from './suggest.ts';
import { checkTranslations, translatedEntries } from './translations.ts';

const DEFAULT_SITE: Site = { title: 'Timeline', description: 'A sourced timeline.', language: 'en', translations: [], homeEntries: 50 };

/** Turns collected content into the model, adding every reference problem to its diagnostics. */
export function resolveContent(content: CollectedContent): TimelineModel {
  const diagnostics: Diagnostic[] = [...content.diagnostics];
  const site = content.site ?? DEFAULT_SITE;
  const strings = useStrings(site.language);
  // Bodies are scanned once: for checking their references, then for the links the renderer needs.
  const scans = new Map<string, ReturnType<typeof scanBody>>();
  const bodyReferences = (entry: Pick<ParsedEntry, 'id' | 'body'>) => {
    let found = scans.get(entry.id);
    if (!found) scans.set(entry.id, (found = scanBody(entry.body)));
    return found;
  };
  const problem = (entry: ParsedEntry, path: PropertyKey[], field: string, message: string, rule: string, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file: entry.file, ...entry.locate(path), field, message, rule, severity });

  const people = uniqueRecords(content.people, 'person', diagnostics);
  const threads = uniqueRecords(content.threads, 'thread', diagnostics);
  const topics = uniqueRecords(content.topics, 'topic', diagnostics);
  const outlets = uniqueRecords(content.outlets, 'outlet', diagnostics);

  // Ids are unique across all entries, drafts included, so publishing a draft can never collide.
  const firstFile = new Map<string, string>();
  const entries: ParsedEntry[] = [];
  for (const entry of content.entries) {
    const earlier = firstFile.get(entry.id);
    if (earlier !== undefined) {
      problem(entry, [], 'id', `duplicate entry id "${entry.id}": already used by ${earlier}; rename one of the files (or change its id)`, 'duplicate-id');
      continue;
    }
    firstFile.set(entry.id, entry.file);
    entries.push(entry);
  }
  const drafts = new Set(entries.filter((entry) => entry.references.draft).map((entry) => entry.id));
  const titles = new Map(entries.map((entry) => [entry.id, entry.references.title ?? entry.id]));

  for (const entry of entries) {
    const refs = entry.references;
    const lists = [
      ['people', people, 'person'],
      ['threads', threads, 'thread'],
      ['topics', topics, 'topic'],
    ] as const;
    for (const [field, known, noun] of lists) {
      if (content.unreadable.has(field)) continue;
      refs[field].forEach((id, index) => {
        if (id && !known.has(id) && !content.rejected.has(`${field}/${id}`)) {
          problem(entry, [field, index], `${field}[${index}]`, `unknown ${noun} "${id}"; ${field} are listed in content/${field}.yaml${hint(id, known.keys())}`, 'unknown-reference');
        }
      });
    }
    refs.relations.forEach((relation, index) => {
      const at: PropertyKey[] = ['relations', index, 'entry'];
      const field = `relations[${index}].entry`;
      if (!relation.entry) return;
      if (relation.entry === entry.id) problem(entry, at, field, `an entry cannot relate to itself${relation.type ? ` (${relation.type})` : ''}`, 'self-relation');
      else if (!titles.has(relation.entry)) problem(entry, at, field, `unknown entry "${relation.entry}"${hint(relation.entry, titles.keys())}`, 'unknown-reference');
      else if (!refs.draft && drafts.has(relation.entry)) {
        problem(entry, at, field, `"${relation.entry}" is a draft; publish it first or remove this relation`, 'draft-reference');
      }
    });
    refs.sources.forEach((source, index) => {
      if (source.outlet && !content.unreadable.has('outlets') && !outlets.has(source.outlet) && ID_PATTERN.test(source.outlet) && outlets.size > 0) {
        problem(entry, ['sources', index, 'outlet'], `sources[${index}].outlet`, `"${source.outlet}" is not an outlet id in content/outlets.yaml, so it is shown as a name${hint(source.outlet, outlets.keys())}`, 'unknown-outlet', 'warning');
      }
    });
    checkBody(entry, bodyReferences(entry), refs);
  }

  /** The [[id]] links and [@n] citations of a body (an entry's, or a translation's, which cites the entry's sources). */
  function checkBody(where: { file: string; bodyLine: number }, references: ReturnType<typeof scanBody>, refs: ParsedEntry['references']) {
    for (const reference of references) {
      const at = { file: where.file, line: where.bodyLine + reference.line - 1, column: reference.column, field: 'body' };
      if (reference.type === 'entry-link') {
        if (!titles.has(reference.id)) diagnostics.push({ ...at, message: `[[${reference.id}]] links to an unknown entry${hint(reference.id, titles.keys())}`, rule: 'unknown-reference', severity: 'error' });
        else if (!refs.draft && drafts.has(reference.id)) diagnostics.push({ ...at, message: `[[${reference.id}]] links to a draft; publish it first or remove the link`, rule: 'draft-reference', severity: 'error' });
      } else if (citationNumber(reference.key, refs.sources) === undefined) {
        const choices = refs.sources.length ? `use a number from 1 to ${refs.sources.length} or a source's id` : 'the entry has no sources yet';
        diagnostics.push({ ...at, message: `[@${reference.key}] cites no source of this entry: ${choices}`, rule: 'unknown-citation', severity: 'error' });
      }
    }
  }

  const translations = checkTranslations(content.translations, {
    languages: site.translations,
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    checkBody,
    fail: (translation, field, message, rule) => diagnostics.push({ file: translation.file, line: 1, column: 1, field, message, rule, severity: 'error' }),
    hint: (id) => hint(id, titles.keys()),
  });

  // Only entries that passed every schema check are published; the others already have their diagnostics.
  const published = entries.flatMap((entry) => (entry.data && !entry.data.draft ? [{ ...entry, data: entry.data }] : []));
  const nodes = published.map((entry) => ({
    entry,
    id: entry.id,
    sortKey: sortKey(specOf(entry)),
    relations: entry.data.relations,
    threads: entry.data.threads,
  }));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const cycle of findCycles(nodes)) {
    const node = byId.get(cycle[0] ?? '');
    if (node) problem(node.entry, ['relations'], 'relations', `relations loop back on themselves: ${cycle.join(' → ')}`, 'relation-cycle', 'warning');
  }

  const keys = storyKeys(nodes);
  const keyOf = (node: (typeof nodes)[number]) => keys.get(node.id) ?? '';
  const ordered = [...nodes].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const position = new Map(ordered.map((node, index) => [node.id, index]));
  const inverse = inverseRelations(ordered);
  const members = threadMembers(ordered);
  const show = (date: PartialDate) => ({ text: formatDate(date, site.language), ...optional('datetime', machineDate(date)) });

  const resolved = ordered.map(({ entry, sortKey: key }, order): ResolvedEntry => {
    const { data } = entry;
    const spec = specOf(entry);
    const updates = data.updates
      .map((update) => ({ date: { ...show(update.date), sortKey: sortKey({ start: update.date }) }, kind: update.kind, note: update.note }))
      .sort((a, b) => (a.date.sortKey < b.date.sortKey ? 1 : -1));
    const publishedDate = data.published ? show(data.published) : undefined;
    const newestUpdate = updates[0]?.date;
    const lastUpdated = newestUpdate ? { text: newestUpdate.text, ...optional('datetime', newestUpdate.datetime) } : publishedDate;
    return {
      id: entry.id,
      order,
      storyKey: keys.get(entry.id) ?? '',
      file: entry.file,
      title: data.title,
      summary: data.summary,
      kind: data.kind,
      ...optional('status', data.status),
      date: shownDate(spec, key, data.dateLabel, site.language, strings.dates),
      spec,
      people: data.people,
      threads: data.threads,
      topics: data.topics,
      sources: data.sources.map((source, index): ResolvedSource => {
        const outlet = source.outlet ? outlets.get(source.outlet)?.value : undefined;
        return {
          number: index + 1,
          ...optional('id', source.id),
          ...optional('outletName', outlet?.name ?? source.outlet),
          ...optional('outletId', outlet?.id),
          ...optional('outletUrl', outlet?.url),
          ...optional('title', source.title),
          ...optional('url', source.url),
          ...optional('archived', source.archived),
          ...optional('published', source.published ? show(source.published) : undefined),
          ...optional('quote', source.quote),
          ...optional('note', source.note),
        };
      }),
      relations: data.relations,
      inverseRelations: inverse.get(entry.id) ?? [],
      threadSteps: threadSteps(entry.id, data.threads, members),
      updates,
      ...optional('media', data.media),
      ...optional('claim', data.claim && {
        text: data.claim.text,
        author: people.has(data.claim.author) ? { name: people.get(data.claim.author)?.value.name ?? data.claim.author, person: data.claim.author } : { name: data.claim.author },
        ...optional('appearance', data.claim.appearance),
        ...optional('date', data.claim.date ? { text: formatDate(data.claim.date, site.language), iso: formatIso(data.claim.date) } : undefined),
        ...optional('rating', data.claim.rating),
      }),
      ...optional('published', publishedDate),
      ...optional('lastUpdated', lastUpdated),
      chain: data.kind === 'pledge' ? chainOf(entry.id, inverse, position) : [],
      body: entry.body,
      bodyLine: entry.bodyLine,
      bodyLinks: [...new Set(bodyReferences(entry).flatMap((ref) => (ref.type === 'entry-link' ? [ref.id] : [])))],
      translations: [],
    };
  });

  const resolvedById = new Map(resolved.map((entry) => [entry.id, entry]));
  const resolvedTranslations = translatedEntries(translations, resolvedById, (entry, label, language) =>
    shownDate(entry.spec, entry.date.sortKey, label, language, useStrings(language).dates),
  );

  // One pass over the entries for every person and topic (not one pass per person: archives have thousands).
  const index = (field: 'people' | 'topics') => {
    const byId = new Map<string, string[]>();
    for (const entry of resolved) {
      for (const id of entry[field]) {
        const list = byId.get(id);
        if (list) list.push(entry.id);
        else byId.set(id, [entry.id]);
      }
    }
    return (id: string) => byId.get(id) ?? [];
  };
  const entriesOfPerson = index('people');
  const entriesOfTopic = index('topics');
  return {
    site,
    entries: resolved,
    translations: resolvedTranslations,
    threads: [...threads.values()].map(({ value }, index) => ({ ...value, entries: members.get(value.id) ?? [], index, evolution: evolutionOf(members.get(value.id) ?? [], resolvedById) })),
    people: [...people.values()].map(({ value }) => ({ ...value, entries: entriesOfPerson(value.id) })),
    topics: [...topics.values()].map(({ value }) => ({ ...value, entries: entriesOfTopic(value.id) })),
    outlets: [...outlets.values()].map(({ value }) => value),
    years: groupByYear(resolved, site.language),
    drafts: [...drafts].sort(),
    diagnostics,
  };
}

/** The steps of a storyline that carry a status, each with the relation that joins it to the step before. */
function evolutionOf(ids: readonly string[], entries: ReadonlyMap<string, ResolvedEntry>): EvolutionStep[] {
  const steps: EvolutionStep[] = [];
  let previous: string | undefined;
  for (const id of ids) {
    const entry = entries.get(id);
    if (!entry?.status) continue;
    const relation = previous === undefined ? undefined : entry.relations.find((link) => link.entry === previous)?.type;
    steps.push({ entry: id, status: entry.status, ...optional('relation', relation) });
    previous = id;
  }
  return steps;
}

function specOf(entry: { data: NonNullable<ParsedEntry['data']> }): DateSpec {
  const { date, end, qualifier } = entry.data;
  return { start: date, ...optional('end', end), ...optional('qualifier', qualifier) };
}

function shownDate(spec: DateSpec, key: string, label: string | undefined, locale: string, words: Parameters<typeof formatDateSpec>[2]): ShownDate {
  const computed = formatDateSpec(spec, locale, words);
  return {
    text: label ?? computed,
    computed,
    ...optional('datetime', machineDate(spec.start)),
    ...optional('endDatetime', spec.end ? machineDate(spec.end) : undefined),
    precision: spec.start.precision,
    ...optional('qualifier', spec.qualifier),
    sortKey: key,
    year: spec.start.year,
    ...optional('month', spec.start.month),
  };
}

function groupByYear(entries: readonly ResolvedEntry[], locale: string): YearGroup[] {
  const years = new Map<number, string[]>();
  for (const entry of entries) {
    const list = years.get(entry.date.year);
    if (list) list.push(entry.id);
    else years.set(entry.date.year, [entry.id]);
  }
  return [...years]
    .map(([year, ids]) => ({ id: String(year), year, label: formatDate({ precision: 'year', year }, locale), entries: ids }))
    .sort((a, b) => a.year - b.year);
}

/** Records by id; a repeated id is an error at the repeat. */
function uniqueRecords<T extends { id: string }>(records: readonly Located<T>[], noun: string, diagnostics: Diagnostic[]): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const record of records) {
    if (byId.has(record.value.id)) {
      diagnostics.push({ file: record.file, ...record.locate(['id']), field: 'id', message: `duplicate ${noun} id "${record.value.id}"`, rule: 'duplicate-id', severity: 'error' });
    } else byId.set(record.value.id, record);
  }
  return byId;
}

function hint(id: string, known: Iterable<string>): string {
  const suggestion = closest(id, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}

/** `{ key: value }` when the value is defined, `{}` otherwise: optional fields stay absent, never `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
