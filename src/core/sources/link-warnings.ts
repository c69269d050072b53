/** `check`'s warnings from the kept link check results: sources whose address has been dead for a while. */
import type { ParsedEntry } from '../collect.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { deadForDays, type LinkChecks, type LinkRecord } from './link-checks.ts';

/**
 * A warning for each published source whose `url` has been seen dead for at least `days` days and has no archived
 * copy, and for each `archived` copy that is itself dead: readers would find nothing behind the link.
 */
export function deadLinkWarnings(entries: readonly ParsedEntry[], checks: LinkChecks, days: number): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const deadLongEnough = (url: string | undefined): LinkRecord | undefined => {
    const record = url === undefined ? undefined : checks[url];
    return record?.status === 'dead' && deadForDays(record) >= days ? record : undefined;
  };
  for (const entry of entries) {
    if (!entry.data || entry.data.draft) continue;
    entry.data.sources.forEach((source, index) => {
      const warn = (key: 'url' | 'archived', record: LinkRecord, advice: string) =>
        warnings.push({
          file: entry.file,
          ...entry.locate(['sources', index, key]),
          field: `sources[${index}].${key}`,
          message:
            `${key === 'url' ? 'the address' : 'the archived copy'} is dead (${record.problem ?? 'no answer'}, ` +
            `failing since ${record.firstFailed}, last checked ${record.lastChecked}): ${advice}`,
          rule: key === 'url' ? 'dead-source' : 'dead-archive',
          severity: 'warning',
        });
      const url = source.archived ? undefined : deadLongEnough(source.url);
      if (url) warn('url', url, 'add `archived` with a snapshot (`npm run sources -- --archive` looks for one)');
      const archived = deadLongEnough(source.archived);
      if (archived) warn('archived', archived, 'replace it with another snapshot of the page');
    });
  }
  return warnings;
}
