/**
 * Reading content files: gray-matter with the `yaml` engine for Markdown entries, `yaml` for records.
 * Every result keeps its YAML document, so any field can be traced back to its line and column.
 */
import { createRequire } from 'node:module';
import matter from 'gray-matter';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { Diagnostic, Position } from './diagnostics.ts';
import { errorMessage } from './errors.ts';
import type { ParseCache } from './parse-cache.ts';
import { positionsIn } from './positions.ts';
import { counted } from './counted.ts';

/**
 * Finds where a field path stands in the file; a missing field points at its nearest parent.
 * With `key`, finds that key inside the mapping at `path` (an unknown field belongs to its key, not its value).
 */
export type Locate = (path: readonly PropertyKey[], key?: string) => Position;

export interface ReadResult {
  /** Parsed data (undefined when the file could not be parsed). */
  data: unknown;
  locate: Locate;
  diagnostics: Diagnostic[];
}

export interface MarkdownReadResult extends ReadResult {
  body: string;
  /** The file line on which the body starts, for tracing body positions. */
  bodyLine: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes as UTF-8 (dropping a byte-order mark), or reports that they are not UTF-8. */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { diagnostic: Diagnostic } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Where the first byte that is not UTF-8 stands: the decoder puts U+FFFD there.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      diagnostic: {
        file,
        line,
        column,
        message:
          'the file is not valid UTF-8 text (a file saved by Excel or an older editor is often Windows-1252): ' +
          'save it as UTF-8',
        rule: 'encoding',
        severity: 'error',
      },
    };
  }
}

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;
const TO_JS_OPTIONS = { maxAliasCount: 100 } as const;

/** The YAML parser and its options, as a parse cache's version: a cache from another reader is not used. */
export function yamlReaderVersion(): string {
  const { version } = createRequire(import.meta.url)('yaml/package.json') as { version: string };
  return JSON.stringify({ yaml: version, parse: PARSE_OPTIONS, toJS: TO_JS_OPTIONS });
}

/**
 * Parses YAML text, collecting its syntax errors as diagnostics. Frontmatter text from gray-matter starts with the
 * newline after the opening `---`, so its line numbers are the file's own. With a cache, text parsed without a
 * problem in an earlier run is not parsed again unless a diagnostic needs a position in it.
 */
function parseYaml(file: string, text: string, cache?: ParseCache): ReadResult {
  const cached = cache?.get(text);
  if (cached) {
    let located: Locate | undefined;
    return {
      data: cached.data,
      diagnostics: [],
      locate: (path, key) => (located ??= parseYaml(file, text).locate)(path, key),
    };
  }
  const read = parseYamlDocument(file, text);
  if (cache && read.diagnostics.length === 0) cache.set(text, read.data);
  return read;
}

function parseYamlDocument(file: string, text: string): ReadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // The parser goes on after a mistake and often reports its consequences too: the first error is the one to fix.
  const [first] = document.errors;
  const diagnostics: Diagnostic[] = first
    ? [yamlDiagnostic(file, text, first.message, first.pos[0], document.errors.length - 1, toPosition)]
    : [];
  const locate: Locate = (path, key) => {
    const node = nodeAt(document, path);
    const keyNode =
      key !== undefined && isMap(node)
        ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.key
        : undefined;
    return toPosition((keyNode as YamlNode | undefined)?.range?.[0] ?? node?.range?.[0] ?? 0);
  };
  let data: unknown;
  if (!diagnostics.length) {
    try {
      data = document.toJS(TO_JS_OPTIONS);
    } catch (error) {
      // Well-formed YAML can still fail to become data: an alias to an anchor defined after it, or too many aliases.
      diagnostics.push(aliasDiagnostic(file, document, error, toPosition));
    }
  }
  return { data, locate, diagnostics };
}

/** Why a parsed document could not become data, at the alias that caused it (the first alias with no anchor). */
function aliasDiagnostic(
  file: string,
  document: Document,
  error: unknown,
  toPosition: (offset: number) => Position,
): Diagnostic {
  let unresolved: Alias | undefined;
  let first: Alias | undefined;
  visit(document, {
    Alias(_key, alias) {
      first ??= alias;
      if (alias.resolve(document) !== undefined) return undefined;
      unresolved = alias;
      return visit.BREAK;
    },
  });
  const at = unresolved ?? first;
  const message = unresolved
    ? `the alias *${unresolved.source} names no anchor (&${unresolved.source}) defined before it: ` +
      'define the anchor first, or write the value out'
    : errorMessage(error);
  return {
    file,
    ...toPosition(at?.range?.[0] ?? 0),
    message: `YAML: ${message}`,
    rule: 'yaml-syntax',
    severity: 'error',
  };
}

/**
 * The first YAML error, said the way an editor can act on it: an unclosed quote is pointed at where it opens (the
 * parser notices only at the end of the text), and a tab at the start of the line is named as the cause.
 */
function yamlDiagnostic(
  file: string,
  text: string,
  raw: string,
  offset: number,
  more: number,
  toPosition: (offset: number) => Position,
): Diagnostic {
  let message = yamlMessage(raw);
  let at = offset;
  const quote = /Missing closing (["'])quote/.exec(raw)?.[1];
  if (quote) {
    // Inside an unclosed string no quote of its kind can stand (it would have closed it): the last one opened it.
    const opening = text.lastIndexOf(quote, Math.max(0, offset - 1));
    if (opening >= 0) at = opening;
    message =
      `this ${quote === '"' ? 'double' : 'single'} quote is never closed: end the text with ${quote} on ` +
      `the same line`;
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit keys need to be on a single line/.test(raw)) {
    message =
      `this value runs on to an indented line that reads as another field: give each field its own line, ` +
      `indented like the fields around it (${message})`;
  }
  const { line, column } = toPosition(at);
  const lineText = text.split('\n')[line - 1] ?? '';
  if (!quote && /^ *\t/.test(lineText))
    message = `a tab indents this line: YAML needs spaces for indentation (${message})`;
  const after = more > 0 ? ` (${counted(more, 'more YAML problem')} after it may follow from this one)` : '';
  return { file, line, column, message: `YAML: ${message}${after}`, rule: 'yaml-syntax', severity: 'error' };
}

/** The `yaml` package repeats the position in its message; ours already says it. */
function yamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

/** The deepest YAML node on a path. */
function nodeAt(document: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  let node = document.contents as YamlNode | null;
  let found: YamlNode | undefined = node ?? undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
      );
      if (!pair) break;
      found = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item) break;
      found = item;
      node = item;
    } else break;
  }
  return found;
}

/** Reads a YAML file (records, site settings or entries). */
export function readYaml(file: string, text: string, cache?: ParseCache): ReadResult {
  if (text.trim() === '') {
    return {
      data: undefined,
      locate: () => ({ line: 1, column: 1 }),
      diagnostics: [{ file, line: 1, column: 1, message: 'the file is empty', rule: 'empty-file', severity: 'error' }],
    };
  }
  return parseYaml(file, text, cache);
}

/** Reads a Markdown entry: frontmatter (YAML, through gray-matter) and body. */
export function readMarkdown(file: string, text: string, cache?: ParseCache): MarkdownReadResult {
  const atTop: Locate = () => ({ line: 1, column: 1 });
  const fail = (message: string, rule: string): MarkdownReadResult => ({
    data: undefined,
    body: '',
    bodyLine: 1,
    locate: atTop,
    diagnostics: [{ file, line: 1, column: 1, message, rule, severity: 'error' }],
  });
  if (text.trim() === '')
    return fail('the file is empty; an entry starts with frontmatter between --- lines', 'empty-file');
  if (!/^---\r?\n/.test(text))
    return fail('expected frontmatter: the file must start with a line of three hyphens (---)', 'frontmatter');
  if (!/\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(text.slice(3))) {
    return fail(
      'the frontmatter is not closed: add a line of three hyphens (---) after its last field, before the body',
      'frontmatter',
    );
  }
  let yaml: ReturnType<typeof parseYaml> | undefined;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter leaves the last line's carriage return of a CRLF file; YAML would read it as text.
        yaml = parseYaml(file, source.replace(/\r\n/g, '\n').replace(/\r$/, ''), cache);
        return {};
      },
    },
  });
  if (!yaml) return fail('the frontmatter is empty or not closed by a line of three hyphens (---)', 'frontmatter');
  const bodyOffset = text.endsWith(parsed.content) ? text.length - parsed.content.length : text.length;
  const bodyLine = positionsIn(text)(bodyOffset).line;
  return { data: yaml.data, locate: yaml.locate, diagnostics: yaml.diagnostics, body: parsed.content, bodyLine };
}
