/**
 * Reading `content/entries/`: Markdown entries, YAML files of one or many entries, and translations
 * (`<id>.<language>.md`), each parsed and schema-checked, in file order.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { scanBody } from './body-syntax.ts';
import type { ParsedEntry, ParsedTranslation } from './collect.ts';
import { readBytes, readText, type ContentReader } from './content-reader.ts';
import type { FileMemo, FileReading } from './file-memo.ts';
import { parseAhead } from './parse-pool.ts';
import { readMarkdown, readYaml, type Locate } from './read.ts';
import { referencesOf } from './references.ts';
import { entrySchema, LANGUAGE_PATTERN, translationSchema, yamlEntrySchema } from './schema/index.ts';
import { slug } from './slug.ts';
import { LINK_CHECKS_FILE } from './sources/link-checks.ts';
import { validateWith } from './validate.ts';

export const ENTRIES_DIR = 'entries';
const ENTRY_EXTENSIONS = new Set(['.md', '.yaml', '.yml']);

/** Whether the content core reads files like `file`: Markdown and YAML (entries, records, settings), link checks. */
export function isContentFile(file: string): boolean {
  return ENTRY_EXTENSIONS.has(path.extname(file).toLowerCase()) || path.basename(file) === LINK_CHECKS_FILE;
}
/** The largest body an entry may have (in characters): far beyond any article, well below a pasted file or a dump. */
export const BODY_LIMIT = 1_000_000;
/** `<id>.<language>`: the name of a translation's file, without its extension. */
const TRANSLATION_NAME = new RegExp(`^(.+)\\.(${LANGUAGE_PATTERN.source.slice(1, -1)})$`, 'i');
/** How many entry files are read ahead of the one being parsed: enough to keep the disk busy, not the whole archive. */
const READ_AHEAD = 64;

/**
 * Reads every entry and translation file under `content/entries/` (a missing folder holds none); with a memo, a file
 * unchanged since the memo's last run is not parsed again. `parseOnWorkers` lets many files' YAML be parsed on all
 * cores first.
 */
export async function readEntryFiles(
  reader: ContentReader,
  contentDir: string,
  memo?: FileMemo,
  parseOnWorkers = true,
): Promise<{ entries: ParsedEntry[]; translations: ParsedTranslation[] }> {
  const dir = path.join(contentDir, ENTRIES_DIR);
  const entries: ParsedEntry[] = [];
  const translations: ParsedTranslation[] = [];
  const files = await entryFiles(dir);
  // With a memo, a file whose size, inode and times are as last seen is not even read.
  const stamps = memo ? await Promise.all(files.map((name) => fileStamp(path.join(dir, name)))) : [];
  const keptReadings = files.map((name, index) => memo?.unchanged(path.join(dir, name), stamps[index]));
  // Many files to parse and nothing parsed kept: their YAML is parsed on all cores first (parse-pool.ts).
  const toParse = files.filter((_, index) => !keptReadings[index]).map((name) => path.join(dir, name));
  const cache = parseOnWorkers ? await parseAhead(toParse, reader.cache) : reader.cache;
  const parsing: ContentReader = { ...reader, cache };
  // Reading is started ahead, a window at a time, while parsing stays in file order (so are the diagnostics); a file
  // the memo holds unchanged is not read at all.
  const ahead: ({ kept: FileReading } | { read: Promise<Uint8Array | undefined> })[] = [];
  const readAhead = (upTo: number) => {
    for (let index = ahead.length; index < Math.min(upTo, files.length); index++) {
      const kept = keptReadings[index];
      ahead.push(kept ? { kept } : { read: readBytes(path.join(dir, files[index] ?? '')) });
    }
  };
  for (const [index, name] of files.entries()) {
    readAhead(index + READ_AHEAD);
    const file = path.join(dir, name);
    const next = ahead[index];
    delete ahead[index];
    let reading: FileReading;
    if (next && 'kept' in next) reading = next.kept;
    else {
      const text = await readText(reader, file, next?.read);
      if (text === undefined) continue;
      reading = memo?.get(file, text) ?? readEntryFile(parsing, file, text);
      memo?.set(file, { text, stamp: stamps[index] }, reading);
    }
    entries.push(...reading.entries);
    translations.push(...reading.translations);
    reader.diagnostics.push(...reading.diagnostics);
  }
  memo?.endRun();
  return { entries, translations };
}

/** One entry file's entries (Markdown or YAML) or translation, with the problems found in it. */
function readEntryFile(reader: ContentReader, file: string, text: string): FileReading {
  const own: ContentReader = { ...reader, diagnostics: [] };
  const name = path.basename(file);
  const extension = path.extname(name).toLowerCase();
  const translated = extension === '.md' ? TRANSLATION_NAME.exec(path.basename(name, extension)) : null;
  const where = reader.relative(file);
  const reading: FileReading = { entries: [], translations: [], diagnostics: own.diagnostics };
  if (translated)
    reading.translations = readTranslation(own, where, text, translated[1] ?? '', (translated[2] ?? '').toLowerCase());
  else if (extension === '.md') reading.entries = readMarkdownEntry(own, where, text);
  else reading.entries = readYamlEntries(own, where, text);
  return reading;
}

/**
 * A file's size, inode and times, or undefined when it cannot be read. The change time is in it because no tool can
 * set it back: a file written and given its old modification time (`cp -p`, `touch -r`) still counts as changed.
 */
async function fileStamp(file: string): Promise<string | undefined> {
  try {
    const { size, mtimeMs, ctimeMs, ino } = await stat(file);
    return `${size}:${mtimeMs}:${ctimeMs}:${ino}`;
  } catch {
    return undefined;
  }
}

/** The entry files in a folder and its subfolders, sorted; names starting with `.` or `_` are left out. */
async function entryFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String).sort();
  } catch {
    return [];
  }
  return names.filter((name) => {
    const base = path.basename(name);
    return !base.startsWith('.') && !base.startsWith('_') && ENTRY_EXTENSIONS.has(path.extname(name).toLowerCase());
  });
}

/** A Markdown entry: its id from the file name, its frontmatter and body. */
function readMarkdownEntry(reader: ContentReader, file: string, text: string): ParsedEntry[] {
  const found = readFrontmatter(reader, file, text, entrySchema, 'title: …, date: …');
  if (!found) return [];
  const id = slug(path.basename(file, path.extname(file)));
  if (!id) {
    reader.diagnostics.push({
      file,
      line: 1,
      column: 1,
      message: 'the file name gives no usable id; name it like 2025-01-19-what-happened.md',
      rule: 'entry-id',
      severity: 'error',
    });
    return [];
  }
  const { read, value } = found;
  const entry: ParsedEntry = {
    id,
    file,
    references: referencesOf(read.data),
    body: read.body,
    bodyLine: read.bodyLine,
    bodyReferences: scanBody(read.body),
    locate: read.locate,
  };
  if (value) entry.data = value;
  return [entry];
}

/** A translation of the entry `name` into `language`. */
function readTranslation(
  reader: ContentReader,
  file: string,
  text: string,
  name: string,
  language: string,
): ParsedTranslation[] {
  const found = readFrontmatter(reader, file, text, translationSchema, 'title: …, summary: …');
  if (!found) return [];
  const { read, value } = found;
  const translation: ParsedTranslation = {
    id: slug(name),
    language,
    file,
    body: read.body,
    bodyLine: read.bodyLine,
    locate: read.locate,
  };
  if (value) translation.data = value;
  return [translation];
}

/**
 * A Markdown file's frontmatter checked against `schema`, and its body; undefined when there is no mapping to check.
 */
function readFrontmatter<S extends z.ZodType>(
  reader: ContentReader,
  file: string,
  text: string,
  schema: S,
  example: string,
) {
  const read = readMarkdown(file, text, reader.cache);
  reader.diagnostics.push(...read.diagnostics);
  if (read.diagnostics.length) return undefined;
  if (read.data === null || typeof read.data !== 'object' || Array.isArray(read.data)) {
    reader.diagnostics.push({
      file,
      line: 2,
      column: 1,
      message: `the frontmatter must be a mapping of fields (${example})`,
      rule: 'frontmatter',
      severity: 'error',
    });
    return undefined;
  }
  const checked = validateWith(schema, read.data, { file, locate: read.locate });
  reader.diagnostics.push(...checked.diagnostics);
  checkBodySize(reader, file, read.body, read.bodyLine);
  return { read, value: checked.value };
}

/** A YAML entry file: one entry (a mapping) or many (a list), each with its id and an optional `body` field. */
function readYamlEntries(reader: ContentReader, file: string, text: string): ParsedEntry[] {
  const read = readYaml(file, text, reader.cache);
  reader.diagnostics.push(...read.diagnostics);
  if (read.diagnostics.length) return [];
  const many = Array.isArray(read.data);
  const items: unknown[] = many ? (read.data as unknown[]) : [read.data];
  return items.flatMap((item, index) => {
    const prefix = many ? [index] : [];
    const locate: Locate = (p) => read.locate([...prefix, ...p]);
    const checked = validateWith(yamlEntrySchema, item, { file, locate: read.locate, path: prefix });
    reader.diagnostics.push(...checked.diagnostics);
    const raw = item as Record<string, unknown> | null;
    const id = typeof raw?.['id'] === 'string' ? raw['id'] : undefined;
    if (id === undefined) return [];
    const body = typeof raw?.['body'] === 'string' ? raw['body'] : '';
    // A block scalar's text starts on the line after its "body: |" key.
    const bodyLine = body ? locate(['body']).line + 1 : 1;
    checkBodySize(reader, file, body, bodyLine);
    const references = referencesOf(item);
    const entry: ParsedEntry = { id, file, references, body, bodyLine, bodyReferences: scanBody(body), locate };
    if (checked.value) {
      const { id: _id, body: _body, ...data } = checked.value;
      entry.data = data;
    }
    return [entry];
  });
}

/** A body too large to be an entry is a mistake (a pasted file, a dump), caught before anything renders it. */
function checkBodySize(reader: ContentReader, file: string, body: string, line: number): void {
  if (body.length <= BODY_LIMIT) return;
  const size = `${(body.length / 1_000_000).toFixed(1)} million characters`;
  reader.diagnostics.push({
    file,
    line,
    column: 1,
    field: 'body',
    message:
      `the body is ${size}; an entry body may hold at most ${BODY_LIMIT.toLocaleString('en')}: link the ` +
      `full document as a source instead`,
    rule: 'body-too-large',
    severity: 'error',
  });
}
