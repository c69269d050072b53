/**
 * Resolves collected content into the published model, in named steps: references checked (check-references.ts),
 * entries put in story order, each entry resolved (resolve-entry.ts), then translations, records and years.
 */
import { checkContent, reportAt } from './check-references.ts';
import type { CollectedContent } from './collect.ts';
import { dateWords } from './date-words.ts';
import { sortKey } from './dates.ts';
import type { Diagnostic } from './diagnostics.ts';
import { findCycles, inverseRelations, storyKeys, storyOrder, threadMembers } from './graph.ts';
import type { EvolutionStep, ResolvedEntry, TimelineModel, YearGroup } from './model.ts';
import { optional } from './optional.ts';
import { spanLabels, yearSpans } from './periods.ts';
import { resolveEntry, specOf, type PublishedEntry, type StoryContext } from './resolve-entry.ts';
import type { Site } from './schema/index.ts';
import { showDateSpec } from './shown-date.ts';
import { translatedEntries } from './translations.ts';
import { entryDigits } from './year-labels.ts';

const DEFAULT_SITE: Site = {
  title: 'Timeline',
  description: 'A sourced timeline.',
  language: 'en',
  translations: [],
  homeEntries: 50,
  deadLinkDays: 7,
};

/** An entry on its way to being resolved: where it sorts, and what the relation graph needs of it. */
interface StoryNode {
  entry: PublishedEntry;
  id: string;
  sortKey: string;
  relations: PublishedEntry['data']['relations'];
  threads: string[];
}

/** Turns collected content into the model, adding every reference problem to its diagnostics. */
export function resolveContent(content: CollectedContent): TimelineModel {
  const site = content.site ?? DEFAULT_SITE;
  const checked = checkContent(content, site);
  const { records, diagnostics } = checked;
  const nodes = storyNodes(checked.entries);
  warnOfCycles(nodes, diagnostics);
  const keys = storyKeys(nodes);
  const ordered = storyOrder(nodes, keys);
  const members = threadMembers(ordered);
  const specs = ordered.map((node) => specOf(node.entry));
  const digitsIn = memoized((language: string) => entryDigits(specs, language));
  const story: StoryContext = {
    language: site.language,
    digits: digitsIn(site.language),
    records,
    storyKeys: keys,
    position: new Map(ordered.map((node, index) => [node.id, index])),
    inverse: inverseRelations(ordered),
    members,
    linkChecks: content.linkChecks,
  };
  const resolved = ordered.map((node, order) => resolveEntry(node.entry, node.sortKey, order, story));
  const resolvedById = new Map(resolved.map((entry) => [entry.id, entry]));
  const translations = translatedEntries(checked.translations, resolvedById, (entry, label, language) =>
    showDateSpec(entry.spec, entry.date.sortKey, label, language, digitsIn(language)),
  );
  const entriesOfPerson = entriesBy(resolved, 'people');
  const entriesOfTopic = entriesBy(resolved, 'topics');
  return {
    site,
    entries: resolved,
    translations,
    threads: [...records.threads.values()].map(({ value }, index) => ({
      ...value,
      entries: members.get(value.id) ?? [],
      index,
      evolution: evolutionOf(members.get(value.id) ?? [], resolvedById),
    })),
    people: [...records.people.values()].map(({ value }) => ({ ...value, entries: entriesOfPerson(value.id) })),
    topics: [...records.topics.values()].map(({ value }) => ({ ...value, entries: entriesOfTopic(value.id) })),
    outlets: [...records.outlets.values()].map(({ value }) => value),
    years: groupByYear(resolved, site.language),
    drafts: [...checked.drafts].sort(),
    diagnostics,
  };
}

/** Only entries that passed every schema check are published; the others already have their diagnostics. */
function storyNodes(entries: CollectedContent['entries']): StoryNode[] {
  return entries.flatMap((entry) => {
    if (!entry.data || entry.data.draft) return [];
    const published: PublishedEntry = { ...entry, data: entry.data };
    return [
      {
        entry: published,
        id: entry.id,
        sortKey: sortKey(specOf(published)),
        relations: entry.data.relations,
        threads: entry.data.threads,
      },
    ];
  });
}

/** Relations that loop back on themselves cannot say what came first: a warning at the loop's first entry. */
function warnOfCycles(nodes: readonly StoryNode[], diagnostics: Diagnostic[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const cycle of findCycles(nodes)) {
    const node = byId.get(cycle[0] ?? '');
    if (node)
      reportAt(
        diagnostics,
        node.entry,
        ['relations'],
        'relations',
        `relations loop back on themselves: ${cycle.join(' → ')}`,
        'relation-cycle',
        'warning',
      );
  }
}

/** One pass over the entries for every person (or topic), not one pass per person: archives have thousands. */
function entriesBy(resolved: readonly ResolvedEntry[], field: 'people' | 'topics'): (id: string) => string[] {
  const byId = new Map<string, string[]>();
  for (const entry of resolved) {
    for (const id of entry[field]) {
      const list = byId.get(id);
      if (list) list.push(entry.id);
      else byId.set(id, [entry.id]);
    }
  }
  return (id) => byId.get(id) ?? [];
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

function groupByYear(entries: readonly ResolvedEntry[], locale: string): YearGroup[] {
  const spans = yearSpans(entries.map((entry) => entry.date.year));
  const labels = spanLabels(spans.values(), locale, dateWords(locale));
  const groups = new Map<string, YearGroup>();
  for (const entry of entries) {
    const span = spans.get(entry.date.year);
    if (!span) continue;
    const group = groups.get(span.id);
    if (group) group.entries.push(entry.id);
    else {
      const label = labels.get(span.id) ?? span.id;
      groups.set(span.id, { id: span.id, year: span.first, last: span.last, label, entries: [entry.id] });
    }
  }
  return [...groups.values()].sort((a, b) => a.year - b.year);
}

/** `compute`, asked once per argument. */
function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key) as T;
  };
}
