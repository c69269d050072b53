/**
 * Editorial warnings: things that do not stop a build but that an editor should look at before publishing.
 * They run in `npm run check` (the build reports errors only, so its output stays short).
 */
import { canBeLookedUp } from './sources/followable.ts';
import type { ParsedEntry } from './collect.ts';
import { firstInstant } from './dates.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The longest summary a card shows in full. */
export const SUMMARY_LIMIT = 240;
/** The longest title that still reads as a headline in lists, search results and share images. */
export const TITLE_LIMIT = 150;

export interface EditorialOptions {
  /** "Now", for the future-date check (tests fix it). */
  now?: Date;
}

/** Every editorial warning for the given entries. */
export function editorialWarnings(entries: readonly ParsedEntry[], options: EditorialOptions = {}): Diagnostic[] {
  const now = (options.now ?? new Date()).getTime();
  const warnings: Diagnostic[] = [];
  for (const entry of entries) {
    const { data } = entry;
    if (!data || data.draft) continue;
    const warn = (path: PropertyKey[], field: string, message: string, rule: string) =>
      warnings.push({ file: entry.file, ...entry.locate(path), field, message, rule, severity: 'warning' });
    data.sources.forEach((source, index) => {
      if (source.url && !source.archived) {
        warn(
          ['sources', index],
          `sources[${index}]`,
          'no archived copy: add `archived` with a web-archive snapshot of the url, so the source survives if the ' +
            'page changes',
          'source-without-archive',
        );
      }
      for (const key of ['url', 'archived'] as const) {
        if (source[key]?.startsWith('http://'))
          warn(
            ['sources', index, key],
            `sources[${index}].${key}`,
            'not https: use the https address if the site has one',
            'insecure-url',
          );
      }
    });
    for (const key of ['url', 'thumbnail'] as const) {
      if (data.media?.[key]?.startsWith('http://'))
        warn(
          ['media', key],
          `media.${key}`,
          'not https: the pages load images over https only, so it is asked for there; write the https address',
          'insecure-url',
        );
    }
    // A note alone ("From the TimelineJS timeline …", as the importer writes) says how a fact was reached, not
    // where a reader can check it: an entry sourced only by notes is not yet sourced as the site promises.
    if (data.sources.length > 0 && !data.sources.some(canBeLookedUp)) {
      warn(
        ['sources'],
        'sources',
        `${data.sources.length === 1 ? 'its one source is a note' : 'every source is a note'}, with no url, title or ` +
          'outlet a reader could look up: add the source the entry rests on',
        'unsourced',
      );
    }
    for (const field of ['title', 'summary'] as const) {
      if (/\bTODO\b/.test(data[field]))
        warn([field], field, 'still says TODO: write it before publishing', 'unfinished');
    }
    if (data.title.length > TITLE_LIMIT) {
      warn(
        ['title'],
        'title',
        `${data.title.length} characters; a headline reads best under ${TITLE_LIMIT}: move the detail to the summary`,
        'long-title',
      );
    }
    if (data.summary.length > SUMMARY_LIMIT) {
      warn(
        ['summary'],
        'summary',
        `${data.summary.length} characters; cards show ${SUMMARY_LIMIT}: keep it to one or two sentences`,
        'long-summary',
      );
    }
    if (data.threads.length === 0)
      warn([], 'threads', 'the entry is in no storyline: add it to a thread so readers can follow it', 'no-thread');
    if (!data.qualifier && firstInstant(data.date) > now) {
      warn(
        ['date'],
        'date',
        'the date is in the future: if this is planned or expected, say so with a qualifier (e.g. after) or check ' +
          'the year',
        'future-date',
      );
    }
  }
  return warnings;
}
