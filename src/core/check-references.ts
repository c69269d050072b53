/**
 * The first step of resolving: every id unique, every reference known. People, storylines, topics, outlets, related
 * entries, body links and citations are checked, also in entries and translations that failed their schema.
 */
import { citationNumber, type LocatedReference } from './body-syntax.ts';
import { pageRelativeImages } from './body-images.ts';
import type { CollectedContent, Located, ParsedEntry, ParsedTranslation } from './collect.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Outlet, Person, Site, Thread, Topic } from './schema/index.ts';
import { ID_PATTERN } from './schema/vocabulary.ts';
import { closest } from './suggest.ts';
import { checkTranslations, type CheckedTranslation } from './translations.ts';

/** The records of the content, by id. */
export interface RecordsById {
  people: Map<string, Located<Person>>;
  threads: Map<string, Located<Thread>>;
  topics: Map<string, Located<Topic>>;
  outlets: Map<string, Located<Outlet>>;
}

/** Content whose references are checked: what resolving goes on with, and every problem found so far. */
export interface CheckedContent {
  records: RecordsById;
  /** The entries with an id of their own, drafts included; a repeated id is left out (and reported). */
  entries: ParsedEntry[];
  drafts: Set<string>;
  translations: CheckedTranslation[];
  /** The [[id]] links and [@n] citations of an entry's body, scanned once for checking and for the renderer. */
  diagnostics: Diagnostic[];
}

/** What the checks of one entry need: the entries that exist, which are drafts, and where problems go. */
interface Known {
  content: CollectedContent;
  records: RecordsById;
  titles: ReadonlyMap<string, string>;
  drafts: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

/** Checks every id and reference of collected content, in file order, adding each problem to its diagnostics. */
export function checkContent(content: CollectedContent, site: Site): CheckedContent {
  const diagnostics: Diagnostic[] = [...content.diagnostics];
  const records: RecordsById = {
    people: uniqueRecords(content.people, 'person', diagnostics),
    threads: uniqueRecords(content.threads, 'thread', diagnostics),
    topics: uniqueRecords(content.topics, 'topic', diagnostics),
    outlets: uniqueRecords(content.outlets, 'outlet', diagnostics),
  };
  const entries = uniqueEntries(content.entries, diagnostics);
  const drafts = new Set(entries.filter((entry) => entry.references.draft).map((entry) => entry.id));
  const titles = new Map(entries.map((entry) => [entry.id, entry.references.title ?? entry.id]));
  const known: Known = { content, records, titles, drafts, diagnostics };
  for (const entry of entries) {
    checkRecordReferences(entry, known);
    checkRelations(entry, known);
    checkOutlets(entry, known);
    checkBody(entry, entry.bodyReferences, entry.references, known);
  }
  const translations = checkTranslations(content.translations, {
    languages: site.translations,
    entries: new Map(entries.map((entry) => [entry.id, entry])),
    checkBody: (where, references, refs) => checkBody(where, references, refs, known),
    fail: (translation, field, message, rule) =>
      diagnostics.push({ file: translation.file, line: 1, column: 1, field, message, rule, severity: 'error' }),
    hint: (id) => hint(id, titles.keys()),
  });
  return { records, entries, drafts, translations, diagnostics };
}

/** Adds a problem at a field of an entry. */
export function reportAt(
  diagnostics: Diagnostic[],
  entry: Pick<ParsedEntry, 'file' | 'locate'>,
  path: PropertyKey[],
  field: string,
  message: string,
  rule: string,
  severity: Diagnostic['severity'] = 'error',
): void {
  diagnostics.push({ file: entry.file, ...entry.locate(path), field, message, rule, severity });
}

/** Ids are unique across all entries, drafts included, so publishing a draft can never collide. */
function uniqueEntries(list: readonly ParsedEntry[], diagnostics: Diagnostic[]): ParsedEntry[] {
  const firstFile = new Map<string, string>();
  const entries: ParsedEntry[] = [];
  for (const entry of list) {
    const earlier = firstFile.get(entry.id);
    if (earlier !== undefined) {
      reportAt(
        diagnostics,
        entry,
        [],
        'id',
        `duplicate entry id "${entry.id}": already used by ${earlier}; rename one of the files (or change its id)`,
        'duplicate-id',
      );
      continue;
    }
    firstFile.set(entry.id, entry.file);
    entries.push(entry);
  }
  return entries;
}

/** The people, storylines and topics an entry names must be listed in their files. */
function checkRecordReferences(entry: ParsedEntry, { content, records, diagnostics }: Known): void {
  const lists = [
    ['people', records.people, 'person'],
    ['threads', records.threads, 'thread'],
    ['topics', records.topics, 'topic'],
  ] as const;
  for (const [field, known, noun] of lists) {
    if (content.unreadable.has(field)) continue;
    entry.references[field].forEach((id, index) => {
      if (id && !known.has(id) && !content.rejected.has(`${field}/${id}`)) {
        reportAt(
          diagnostics,
          entry,
          [field, index],
          `${field}[${index}]`,
          `unknown ${noun} "${id}"; ${field} are listed in content/${field}.yaml${hint(id, known.keys())}`,
          'unknown-reference',
        );
      }
    });
  }
}

/** A relation points at another entry that exists, and a published entry never at a draft. */
function checkRelations(entry: ParsedEntry, { titles, drafts, diagnostics }: Known): void {
  const refs = entry.references;
  refs.relations.forEach((relation, index) => {
    const at: PropertyKey[] = ['relations', index, 'entry'];
    const field = `relations[${index}].entry`;
    if (!relation.entry) return;
    if (relation.entry === entry.id)
      reportAt(
        diagnostics,
        entry,
        at,
        field,
        `an entry cannot relate to itself${relation.type ? ` (${relation.type})` : ''}`,
        'self-relation',
      );
    else if (!titles.has(relation.entry))
      reportAt(
        diagnostics,
        entry,
        at,
        field,
        `unknown entry "${relation.entry}"${hint(relation.entry, titles.keys())}`,
        'unknown-reference',
      );
    else if (!refs.draft && drafts.has(relation.entry)) {
      reportAt(
        diagnostics,
        entry,
        at,
        field,
        `"${relation.entry}" is a draft; publish it first or remove this relation`,
        'draft-reference',
      );
    }
  });
}

/** A source's outlet that looks like an id but is none is probably a typo: a warning, as it still shows as a name. */
function checkOutlets(entry: ParsedEntry, { content, records: { outlets }, diagnostics }: Known): void {
  entry.references.sources.forEach((source, index) => {
    if (
      source.outlet &&
      !content.unreadable.has('outlets') &&
      !outlets.has(source.outlet) &&
      ID_PATTERN.test(source.outlet) &&
      outlets.size > 0
    ) {
      reportAt(
        diagnostics,
        entry,
        ['sources', index, 'outlet'],
        `sources[${index}].outlet`,
        `"${source.outlet}" is not an outlet id in content/outlets.yaml, so it is shown as a name` +
          hint(source.outlet, outlets.keys()),
        'unknown-outlet',
        'warning',
      );
    }
  });
}

/** The [[id]] links and [@n] citations of a body (an entry's, or a translation's, which cites the entry's sources). */
function checkBody(
  where: Pick<ParsedTranslation, 'file' | 'bodyLine' | 'body'>,
  references: readonly LocatedReference[],
  refs: ParsedEntry['references'],
  { titles, drafts, diagnostics }: Known,
): void {
  for (const reference of references) {
    const at = { file: where.file, line: where.bodyLine + reference.line - 1, column: reference.column, field: 'body' };
    if (reference.type === 'entry-link') {
      if (!titles.has(reference.id))
        diagnostics.push({
          ...at,
          message: `[[${reference.id}]] links to an unknown entry${hint(reference.id, titles.keys())}`,
          rule: 'unknown-reference',
          severity: 'error',
        });
      else if (!refs.draft && drafts.has(reference.id))
        diagnostics.push({
          ...at,
          message: `[[${reference.id}]] links to a draft; publish it first or remove the link`,
          rule: 'draft-reference',
          severity: 'error',
        });
    } else if (citationNumber(reference.key, refs.sources) === undefined) {
      const choices = refs.sources.length
        ? `use a number from 1 to ${refs.sources.length} or a source's id`
        : 'the entry has no sources yet';
      diagnostics.push({
        ...at,
        message: `[@${reference.key}] cites no source of this entry: ${choices}`,
        rule: 'unknown-citation',
        severity: 'error',
      });
    }
  }
  for (const image of pageRelativeImages(where.body)) {
    diagnostics.push({
      file: where.file,
      line: where.bodyLine + image.line - 1,
      column: image.column,
      field: 'body',
      message:
        `the image ${image.url ? `"${image.url}"` : 'without an address'} cannot be published: give it an https ` +
        'address, or put the file in public/ and write its address from the root (/images/name.jpg)',
      rule: 'relative-image',
      // A warning, not an error: content that built before keeps building while its editors move the file.
      severity: 'warning',
    });
  }
}

/** Records by id; a repeated id is an error at the repeat. */
function uniqueRecords<T extends { id: string }>(
  records: readonly Located<T>[],
  noun: string,
  diagnostics: Diagnostic[],
): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const record of records) {
    if (byId.has(record.value.id)) {
      diagnostics.push({
        file: record.file,
        ...record.locate(['id']),
        field: 'id',
        message: `duplicate ${noun} id "${record.value.id}"`,
        rule: 'duplicate-id',
        severity: 'error',
      });
    } else byId.set(record.value.id, record);
  }
  return byId;
}

/** " (did you mean …?)" when a known id is close to the unknown one. */
function hint(id: string, known: Iterable<string>): string {
  const suggestion = closest(id, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
}
