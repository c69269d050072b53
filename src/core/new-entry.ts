/** Writing a new entry file: the path it goes to and its text, valid against the schema from the start. */
import { stringify } from 'yaml';
import { dateSlug, yearFolder } from './date-slug.ts';
import { parseDate } from './dates.ts';
import type { EntryKind } from './schema/vocabulary.ts';
import { shortSlug } from './slug.ts';

export interface NewEntry {
  title: string;
  /** As editors write it: 2025, 2025-01 or 2025-01-19. */
  date: string;
  kind: EntryKind;
  threads?: string[];
  people?: string[];
  topics?: string[];
}

/**
 * The entry's path under the content folder: `entries/<year>/<date>-<slug>.md` (`entries/44-bc/0044-bc-03-15-…`),
 * the title romanized as the site's `language` is.
 */
export function newEntryPath(entry: Pick<NewEntry, 'title' | 'date'>, language = ''): string {
  const parsed = parseDate(entry.date);
  if (!parsed.ok) throw new Error(parsed.message);
  const slug = shortSlug(entry.title, 60, language);
  // A title of only punctuation or symbols gives no words: the file is named by its date alone, never `…-.md`.
  return `entries/${yearFolder(parsed.date.year)}/${dateSlug(parsed.date)}${slug ? `-${slug}` : ''}.md`;
}

/**
 * The file's text. It starts as a draft (a draft needs no source yet), with a body that says what to add before
 * publishing; removing `draft: true` publishes it.
 */
export function newEntryText(entry: NewEntry): string {
  const frontmatter = {
    title: entry.title,
    summary: `TODO: one or two sentences on what happened.`,
    date: entry.date,
    kind: entry.kind,
    people: entry.people ?? [],
    threads: entry.threads ?? [],
    topics: entry.topics ?? [],
    sources: [],
    draft: true,
  };
  return `---\n${stringify(frontmatter)}---\n${[
    'Write what happened here, citing sources as `[@1]` and linking other entries as `[[entry-id]]`.',
    '',
    'Before publishing: write the summary, add at least one source (outlet, title, url, archived, published),',
    'then remove `draft: true`. `npm run check` says what is still missing.',
    '',
  ].join('\n')}`;
}
