/** Reads the content folder: every record file and entry file, parsed and schema-checked, with all problems collected. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import type { ParseCache } from './parse-cache.ts';
import { decodeText, readMarkdown, readYaml, type Locate } from './read.ts';
import { entrySchema, LANGUAGE_PATTERN, outletSchema, personSchema, siteSchema, threadSchema, topicSchema, translationSchema, yamlEntrySchema } from './schema/index.ts';
import type { EntryData, Outlet, Person, Site, Thread, Topic, TranslationData } from './schema/index.ts';
import { referencesOf, type EntryReferences } from './references.ts';
import { validateWith } from './validate.ts';

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

export interface CollectedContent {
  site?: Site;
  people: Located<Person>[];
  threads: Located<Thread>[];
  topics: Located<Topic>[];
  outlets: Located<Outlet>[];
  entries: ParsedEntry[];
  translations: ParsedTranslation[];
  /** Record files that could not be read as a whole: references into them are not checked (they would all fail). */
  unreadable: Set<keyof typeof RECORD_FILES>;
  /** Ids of records that failed their schema: references to them are not reported again as unknown. */
  rejected: Set<string>;
  diagnostics: Diagnostic[];
}

/** The record files, by the name under `content/`. */
export const RECORD_FILES = { people: 'people.yaml', threads: 'threads.yaml', topics: 'topics.yaml', outlets: 'outlets.yaml' } as const;
export const SITE_FILE = 'site.yaml';
export const ENTRIES_DIR = 'entries';
const ENTRY_EXTENSIONS = new Set(['.md', '.yaml', '.yml']);
/** The largest body an entry may have (in characters): far beyond any article, well below a pasted file or a dump. */
export const BODY_LIMIT = 1_000_000;
/** `<id>.<language>`: the name of a translation's file, without its extension. */
const TRANSLATION_NAME = new RegExp(`^(.+)\\.(${LANGUAGE_PATTERN.source.slice(1, -1)})$`, 'i');
/** How many entry files are read ahead of the one being parsed: enough to keep the disk busy, not the whole archive. */
const READ_AHEAD = 64;

/** A file's bytes, or undefined when it cannot be read (it vanished, or is a folder). */
async function readBytes(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/** Reads and checks `site.yaml` alone (Astro's config needs the site's address before anything else is read). */
export async function readSiteSettings(contentDir: string, projectRoot = process.cwd()): Promise<{ site?: Site; diagnostics: Diagnostic[] }> {
  const file = path.join(contentDir, SITE_FILE);
  const where = path.relative(projectRoot, file).split(path.sep).join('/');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return { diagnostics: [{ file: where, message: 'site settings are missing: create this file with at least title and description', rule: 'missing-file', severity: 'error' }] };
  }
  const decoded = decodeText(where, bytes);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  const read = readYaml(where, decoded.text);
  if (read.diagnostics.length) return { diagnostics: read.diagnostics };
  const checked = validateWith(siteSchema, read.data, { file: where, locate: read.locate });
  return { ...(checked.value ? { site: checked.value } : {}), diagnostics: checked.diagnostics };
}

/** Reads and checks everything under a content folder; `projectRoot` makes file names in messages relative. */
export async function collectContent(contentDir: string, projectRoot = process.cwd(), cache?: ParseCache): Promise<CollectedContent> {
  const diagnostics: Diagnostic[] = [];
  const relative = (file: string) => path.relative(projectRoot, file).split(path.sep).join('/');

  async function readText(file: string, read: Promise<Uint8Array | undefined> = readBytes(file)): Promise<string | undefined> {
    const bytes = await read;
    if (bytes === undefined) return undefined;
    const decoded = decodeText(relative(file), bytes);
    if ('diagnostic' in decoded) {
      diagnostics.push(decoded.diagnostic);
      return undefined;
    }
    return decoded.text;
  }

  const unreadable = new Set<keyof typeof RECORD_FILES>();
  const rejected = new Set<string>();
  async function readList<S extends z.ZodType>(kind: keyof typeof RECORD_FILES, schema: S): Promise<Located<z.output<S>>[]> {
    const file = path.join(contentDir, RECORD_FILES[kind]);
    if (!existsSync(file)) return [];
    const text = await readText(file);
    const read = text === undefined ? undefined : readYaml(relative(file), text, cache);
    diagnostics.push(...(read?.diagnostics ?? []));
    if (!read || read.diagnostics.length || !Array.isArray(read.data)) unreadable.add(kind);
    if (!read || read.diagnostics.length) return [];
    if (!Array.isArray(read.data)) {
      diagnostics.push({ file: relative(file), ...read.locate([]), message: `expected a list of records, each starting with "- id:"`, rule: 'schema', severity: 'error' });
      return [];
    }
    const records: Located<z.output<S>>[] = [];
    read.data.forEach((item, index) => {
      const checked = validateWith(schema, item, { file: relative(file), locate: read.locate, path: [index] });
      diagnostics.push(...checked.diagnostics);
      if (checked.value !== undefined) records.push({ value: checked.value, file: relative(file), locate: (p) => read.locate([index, ...p]) });
      else if (typeof (item as { id?: unknown } | null)?.id === 'string') rejected.add(`${kind}/${(item as { id: string }).id}`);
    });
    return records;
  }

  const translations: ParsedTranslation[] = [];
  async function readEntries(): Promise<ParsedEntry[]> {
    const dir = path.join(contentDir, ENTRIES_DIR);
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true })).map(String).sort();
    } catch {
      return [];
    }
    const entries: ParsedEntry[] = [];
    const files = names.filter((name) => {
      const base = path.basename(name);
      return !base.startsWith('.') && !base.startsWith('_') && ENTRY_EXTENSIONS.has(path.extname(name).toLowerCase());
    });
    // Reading is started ahead, a window at a time, while parsing stays in file order (so are the diagnostics).
    const reads: Promise<Uint8Array | undefined>[] = [];
    const readAhead = (upTo: number) => {
      for (let index = reads.length; index < Math.min(upTo, files.length); index++) reads.push(readBytes(path.join(dir, files[index] ?? '')));
    };
    for (const [index, name] of files.entries()) {
      readAhead(index + READ_AHEAD);
      const file = path.join(dir, name);
      const extension = path.extname(name).toLowerCase();
      const text = await readText(file, reads[index]);
      delete reads[index];
      if (text === undefined) continue;
      const translated = extension === '.md' ? TRANSLATION_NAME.exec(path.basename(name, extension)) : null;
      if (translated) translations.push(...readTranslation(relative(file), text, translated[1] ?? '', (translated[2] ?? '').toLowerCase()));
      else if (extension === '.md') entries.push(...readMarkdownEntry(relative(file), text));
      else entries.push(...readYamlEntries(relative(file), text));
    }
    return entries;
  }

  /** A Markdown file's frontmatter checked against `schema`, and its body; undefined when there is no mapping to check. */
  function readFrontmatter<S extends z.ZodType>(file: string, text: string, schema: S, example: string) {
    const read = readMarkdown(file, text, cache);
    diagnostics.push(...read.diagnostics);
    if (read.diagnostics.length) return undefined;
    if (read.data === null || typeof read.data !== 'object' || Array.isArray(read.data)) {
      diagnostics.push({ file, line: 2, column: 1, message: `the frontmatter must be a mapping of fields (${example})`, rule: 'frontmatter', severity: 'error' });
      return undefined;
    }
    const checked = validateWith(schema, read.data, { file, locate: read.locate });
    diagnostics.push(...checked.diagnostics);
    checkBodySize(file, read.body, read.bodyLine);
    return { read, value: checked.value };
  }

  function readMarkdownEntry(file: string, text: string): ParsedEntry[] {
    const found = readFrontmatter(file, text, entrySchema, 'title: …, date: …');
    if (!found) return [];
    const id = slugify(path.basename(file, path.extname(file)));
    if (!id) {
      diagnostics.push({ file, line: 1, column: 1, message: 'the file name gives no usable id; name it like 2025-01-19-what-happened.md', rule: 'entry-id', severity: 'error' });
      return [];
    }
    const { read, value } = found;
    const entry: ParsedEntry = { id, file, references: referencesOf(read.data), body: read.body, bodyLine: read.bodyLine, locate: read.locate };
    if (value) entry.data = value;
    return [entry];
  }

  function readTranslation(file: string, text: string, name: string, language: string): ParsedTranslation[] {
    const found = readFrontmatter(file, text, translationSchema, 'title: …, summary: …');
    if (!found) return [];
    const { read, value } = found;
    const translation: ParsedTranslation = { id: slugify(name), language, file, body: read.body, bodyLine: read.bodyLine, locate: read.locate };
    if (value) translation.data = value;
    return [translation];
  }

  /** A body too large to be an entry is a mistake (a pasted file, a dump), caught before anything renders it. */
  function checkBodySize(file: string, body: string, line: number) {
    if (body.length <= BODY_LIMIT) return;
    const size = `${(body.length / 1_000_000).toFixed(1)} million characters`;
    diagnostics.push({ file, line, column: 1, field: 'body', message: `the body is ${size}; an entry body may hold at most ${BODY_LIMIT.toLocaleString('en')}: link the full document as a source instead`, rule: 'body-too-large', severity: 'error' });
  }

  function readYamlEntries(file: string, text: string): ParsedEntry[] {
    const read = readYaml(file, text, cache);
    diagnostics.push(...read.diagnostics);
    if (read.diagnostics.length) return [];
    const many = Array.isArray(read.data);
    const items: unknown[] = many ? (read.data as unknown[]) : [read.data];
    return items.flatMap((item, index) => {
      const prefix = many ? [index] : [];
      const locate: Locate = (p) => read.locate([...prefix, ...p]);
      const checked = validateWith(yamlEntrySchema, item, { file, locate: read.locate, path: prefix });
      diagnostics.push(...checked.diagnostics);
      const raw = item as Record<string, unknown> | null;
      const id = typeof raw?.['id'] === 'string' ? raw['id'] : undefined;
      if (id === undefined) return [];
      const body = typeof raw?.['body'] === 'string' ? raw['body'] : '';
      // A block scalar's text starts on the line after its "body: |" key.
      const bodyLine = body ? locate(['body']).line + 1 : 1;
      checkBodySize(file, body, bodyLine);
      const entry: ParsedEntry = { id, file, references: referencesOf(item), body, bodyLine, locate };
      if (checked.value) {
        const { id: _id, body: _body, ...data } = checked.value;
        entry.data = data;
      }
      return [entry];
    });
  }

  const settings = await readSiteSettings(contentDir, projectRoot);
  diagnostics.push(...settings.diagnostics);
  const { site } = settings;
  const [people, threads, topics, outlets] = await Promise.all([
    readList('people', personSchema),
    readList('threads', threadSchema),
    readList('topics', topicSchema),
    readList('outlets', outletSchema),
  ]);
  const entries = await readEntries();
  return { ...(site ? { site } : {}), people, threads, topics, outlets, entries, translations, unreadable, rejected, diagnostics };
}
