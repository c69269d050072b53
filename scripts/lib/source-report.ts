/** The sources of the checked entries, and what `npm run sources` tells the editor about their addresses. */
import type { ParsedEntry } from '../../src/core/collect.ts';
import { counted } from '../../src/core/counted.ts';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../src/core/diagnostics.ts';
import type { LinkChecks, LinkRecord } from '../../src/core/sources/link-checks.ts';

/** One source of one entry, with where it is written. */
export interface CitedSource {
  entry: ParsedEntry;
  /** Its place in the entry's `sources` list, from 0. */
  index: number;
  url?: string;
  archived?: string;
}

/** Every source of the entries that has an address. */
export function sourcesOf(entries: readonly ParsedEntry[]): CitedSource[] {
  return entries.flatMap((entry) =>
    (entry.data?.sources ?? []).flatMap((source, index) =>
      source.url || source.archived
        ? [
            {
              entry,
              index,
              ...(source.url ? { url: source.url } : {}),
              ...(source.archived ? { archived: source.archived } : {}),
            },
          ]
        : [],
    ),
  );
}

/** What each problem address means for its source, at file:line:column, and a count of every status. */
export function reportLinks(sources: readonly CitedSource[], checks: LinkChecks): string {
  const notes: Diagnostic[] = [];
  for (const source of sources) {
    for (const key of ['url', 'archived'] as const) {
      const address = source[key];
      const record = address === undefined ? undefined : checks[address];
      const said = record && advice(record, key, source.archived !== undefined);
      if (!said) continue;
      notes.push({
        file: source.entry.file,
        ...source.entry.locate(['sources', source.index, key]),
        field: `sources[${source.index}].${key}`,
        message: said.message,
        rule: said.rule,
        severity: 'warning',
      });
    }
  }
  const counts = new Map<string, number>();
  for (const address of new Set(sources.flatMap((source) => [source.url, source.archived]))) {
    const status = address === undefined ? undefined : (checks[address]?.status ?? 'not checked');
    if (status) counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  const summary = [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  const lines = sortDiagnostics(notes).map(formatDiagnostic);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  lines.push(`${counted(total, 'address', 'addresses')}: ${summary || 'none'}`);
  return lines.join('\n');
}

/** What an editor should do about an address, or nothing when it answered as cited. */
function advice(
  record: LinkRecord,
  key: 'url' | 'archived',
  hasCopy: boolean,
): { message: string; rule: string } | undefined {
  const what = key === 'url' ? 'the address' : 'the archived copy';
  switch (record.status) {
    case 'moved':
      return {
        message: `${what} moved permanently to ${record.finalUrl}: cite the new address if it is the same page`,
        rule: 'source-moved',
      };
    case 'refused':
      return {
        message: `${what} turned the checker away (${record.problem}): open it by hand`,
        rule: 'source-refused',
      };
    case 'failing':
      return {
        message:
          `${what} failed (${record.problem}) on ${record.lastChecked}; it counts as dead if it fails again on ` +
          `another day`,
        rule: 'source-failing',
      };
    case 'dead':
      return {
        message:
          `${what} is dead (${record.problem}; failing since ${record.firstFailed})` +
          (key === 'url' && !hasCopy ? ': add an archived copy (`npm run sources -- --archive`)' : ''),
        rule: key === 'url' ? 'dead-source' : 'dead-archive',
      };
    default:
      return undefined;
  }
}
