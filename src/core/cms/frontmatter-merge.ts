/**
 * An entry file (YAML frontmatter between `---` lines, then the Markdown body) saved by the CMS into the text it was
 * read from: the frontmatter through yaml-merge.ts, so its comments, order and quoting stay; the body as it was when
 * unchanged. (Decap CMS's own frontmatter format writes the whole frontmatter anew and drops every comment.)
 */
import { parse } from 'yaml';
import { freshYaml, mergeIntoYaml } from './yaml-merge.ts';

type Data = Record<string, unknown>;

/** The file's frontmatter text (with its last line break) and body, or undefined when it has no frontmatter. */
function split(text: string): { yaml: string; body: string } | undefined {
  const opening = /^---\r?\n/.exec(text);
  if (!opening) return undefined;
  const closing = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m.exec(text.slice(opening[0].length));
  if (!closing) return undefined;
  const yaml = text.slice(opening[0].length, opening[0].length + closing.index);
  return { yaml, body: text.slice(opening[0].length + closing.index + closing[0].length) };
}

/** An entry file as the CMS edits it: its frontmatter's fields, and `body` when it has one (as Decap CMS reads it). */
export function readEntryFile(text: string): Data {
  const parts = split(text);
  if (!parts) return text.trim() ? { body: text } : {};
  const data = (parse(parts.yaml) ?? {}) as Data;
  return { ...data, ...(parts.body.trim() ? { body: parts.body } : {}) };
}

/** The file for `data` when no file is kept: frontmatter fields in the CMS's field order, then the body. */
export function freshEntryFile(data: Data, fieldOrder: readonly string[] = []): string {
  const { body = '', ...fields } = data;
  const rank = (key: string) => (fieldOrder.includes(key) ? fieldOrder.indexOf(key) : fieldOrder.length);
  const ordered = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => rank(a) - rank(b)));
  return `---\n${freshYaml(ordered)}---\n${String(body)}`;
}

/** `original` (an entry file's text) changed to hold `data`, everything unchanged kept as it was written. */
export function mergeIntoEntryFile(original: string, data: Data): string {
  const parts = split(original);
  if (!parts) return freshEntryFile(data);
  const { body, ...fields } = data;
  // As readEntryFile reads it: a body of blank lines is no body.
  const readBody = parts.body.trim() ? parts.body : undefined;
  const keptBody = body === readBody ? parts.body : String(body ?? '');
  const yaml = parts.yaml.trim() ? mergeIntoYaml(parts.yaml, fields) : freshYaml(fields);
  return `---\n${yaml}---\n${keptBody}`;
}

/**
 * Which of the files read is the one `data` is an edit of: the one sharing the most fields with it, and at least
 * three in five of its own. A new entry shares a few fields at most with any other (a kind, a storyline), so it is
 * written anew rather than into another entry's text; a heavily edited entry is too, and only its comments are lost.
 */
export function editedFile<T extends { data: Data }>(read: readonly T[], data: Data): T | undefined {
  let best: T | undefined;
  let bestShared = 0;
  for (const file of read) {
    const keys = Object.keys(file.data);
    const shared = keys.filter((key) => JSON.stringify(file.data[key]) === JSON.stringify(data[key])).length;
    if (shared >= bestShared && shared * 5 >= keys.length * 3 && shared > 0) {
      best = file;
      bestShared = shared;
    }
  }
  return best;
}
