/**
 * Reads the content folder: every record file and entry file, parsed and schema-checked, with all problems collected.
 * The steps: site settings (here), record files (collect-records.ts), entries and translations (collect-entries.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileMemo } from './file-memo.ts';
import { readEntryFiles } from './collect-entries.ts';
import { readRecordFiles, type RecordLists } from './collect-records.ts';
import { contentReader } from './content-reader.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ParseCache } from './parse-cache.ts';
import { decodeText, readYaml } from './read.ts';
import { siteSchema } from './schema/index.ts';
import type { EntryData, Site, TranslationData } from './schema/index.ts';
import type { LocatedReference } from './body-syntax.ts';
import type { EntryReferences } from './references.ts';
import { validateWith } from './validate.ts';
import { readLinkChecks } from './sources/read-link-checks.ts';
import type { LinkChecks } from './sources/link-checks.ts';

/** An entry as read and schema-checked, not yet resolved against the rest of the content. */
export interface ParsedEntry {
  id: string;
  file: string;
  /** The checked data; absent when the entry failed its schema (its problems are already diagnostics). */
  data?: EntryData;
  /** What it refers to, read even from an entry that failed its schema. */
  references: EntryReferences;
  body: string;
  bodyLine: number;
  /** The [[id]] links and [@n] citations in its body, scanned as it is read (and kept with it in the dev server). */
  bodyReferences: LocatedReference[];
  /** Locates a field of this entry (paths are relative to the entry, also inside a YAML list). */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** A translation of an entry (`<id>.<language>.md`), read and schema-checked. */
export interface ParsedTranslation {
  /** The id of the entry it translates. */
  id: string;
  language: string;
  file: string;
  data?: TranslationData;
  body: string;
  bodyLine: number;
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** A record from a YAML list file, with where it stands. */
export interface Located<T> {
  value: T;
  file: string;
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

/** Everything read from a content folder, checked against the schemas but not yet against each other. */
export interface CollectedContent extends RecordLists {
  site?: Site;
  entries: ParsedEntry[];
  translations: ParsedTranslation[];
  /** What the last `npm run sources` runs found at each source address (empty when never run). */
  linkChecks: LinkChecks;
  diagnostics: Diagnostic[];
}

export const SITE_FILE = 'site.yaml';

/** Reads and checks `site.yaml` alone (Astro's config needs the site's address before anything else is read). */
export async function readSiteSettings(
  contentDir: string,
  projectRoot = process.cwd(),
): Promise<{ site?: Site; diagnostics: Diagnostic[] }> {
  const file = path.join(contentDir, SITE_FILE);
  const where = path.relative(projectRoot, file).split(path.sep).join('/');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return {
      diagnostics: [
        {
          file: where,
          message: 'site settings are missing: create this file with at least title and description',
          rule: 'missing-file',
          severity: 'error',
        },
      ],
    };
  }
  const decoded = decodeText(where, bytes);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  const read = readYaml(where, decoded.text);
  if (read.diagnostics.length) return { diagnostics: read.diagnostics };
  const checked = validateWith(siteSchema, read.data, { file: where, locate: read.locate });
  return { ...(checked.value ? { site: checked.value } : {}), diagnostics: checked.diagnostics };
}

/**
 * Reads and checks everything under a content folder; `projectRoot` makes file names in messages relative. A memo
 * (the dev server keeps one) spares parsing entry files unchanged since its last run. `parseOnWorkers: false` keeps
 * the parse pool off (see readEntryFiles).
 */
export async function collectContent(
  contentDir: string,
  projectRoot = process.cwd(),
  cache?: ParseCache,
  memo?: FileMemo,
  { parseOnWorkers = true } = {},
): Promise<CollectedContent> {
  const reader = contentReader(projectRoot, cache);
  const settings = await readSiteSettings(contentDir, projectRoot);
  reader.diagnostics.push(...settings.diagnostics);
  const { site } = settings;
  const records = await readRecordFiles(reader, contentDir);
  const { entries, translations } = await readEntryFiles(reader, contentDir, memo, parseOnWorkers);
  const linkChecks = await readLinkChecks(reader, contentDir);
  return { ...(site ? { site } : {}), ...records, entries, translations, linkChecks, diagnostics: reader.diagnostics };
}
