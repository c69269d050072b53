/** Reads the kept link check results from the content folder, for `check`, the build and `npm run sources`. */
import path from 'node:path';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import { positionsIn } from '../positions.ts';
import { readBytes, readText, type ContentReader } from '../content-reader.ts';
import { LINK_CHECKS_FILE, parseLinkChecks, type LinkChecks } from './link-checks.ts';

/** The kept results, or none when the file does not exist; a damaged file is a warning, never a failed build. */
export async function readLinkChecks(reader: ContentReader, contentDir: string): Promise<LinkChecks> {
  const file = path.join(contentDir, LINK_CHECKS_FILE);
  const bytes = await readBytes(file);
  if (bytes === undefined) return {};
  const text = await readText(reader, file, Promise.resolve(bytes));
  if (text === undefined) return {};
  const { checks, diagnostics } = linkChecksIn(text, reader.relative(file), 'warning');
  reader.diagnostics.push(...diagnostics);
  return checks;
}

/**
 * The records of a kept results file's text, and a diagnostic at the line and column of each thing that cannot be
 * read: a warning where the file is only read (check, the build), an error where it must read whole.
 */
export function linkChecksIn(
  text: string,
  file: string,
  severity: Severity,
): { checks: LinkChecks; diagnostics: Diagnostic[] } {
  const { checks, problems } = parseLinkChecks(text);
  const at = positionsIn(text);
  const diagnostics = problems.map((problem) => ({
    file,
    ...at(problem.offset),
    message: `${problem.message}: mend it (a merge conflict?) or delete it, then run \`npm run sources\``,
    rule: 'link-checks-file',
    severity,
  }));
  return { checks, diagnostics };
}
