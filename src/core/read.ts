/**
 * Reading content files: gray-matter with the `yaml` engine for Markdown entries, `yaml` for records.
 * Every result keeps its YAML document, so any field can be traced back to its line and column.
 */
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from './diagnostics.ts';

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
    return { diagnostic: { file, line: 1, column: 1, message: 'the file is not valid UTF-8 text; save it as UTF-8', rule: 'encoding', severity: 'error' } };
  }
}

/**
 * Parses YAML text, collecting its syntax errors as diagnostics. Frontmatter text from gray-matter starts with the
 * newline after the opening `---`, so its line numbers are the file's own.
 */
function parseYaml(file: string, text: string): ReadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const diagnostics: Diagnostic[] = document.errors.map((error) => ({
    file,
    ...toPosition(error.pos[0]),
    message: `YAML: ${yamlMessage(error.message)}`,
    rule: 'yaml-syntax',
    severity: 'error',
  }));
  const locate: Locate = (path, key) => {
    const node = nodeAt(document, path);
    const keyNode = key !== undefined && isMap(node) ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.key : undefined;
    return toPosition((keyNode as YamlNode | undefined)?.range?.[0] ?? node?.range?.[0] ?? 0);
  };
  const data = diagnostics.length ? undefined : document.toJS({ maxAliasCount: 100 });
  return { data, locate, diagnostics };
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
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
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
export function readYaml(file: string, text: string): ReadResult {
  if (text.trim() === '') {
    return { data: undefined, locate: () => ({ line: 1, column: 1 }), diagnostics: [{ file, line: 1, column: 1, message: 'the file is empty', rule: 'empty-file', severity: 'error' }] };
  }
  return parseYaml(file, text);
}

/** Reads a Markdown entry: frontmatter (YAML, through gray-matter) and body. */
export function readMarkdown(file: string, text: string): MarkdownReadResult {
  const atTop: Locate = () => ({ line: 1, column: 1 });
  const fail = (message: string, rule: string): MarkdownReadResult => ({
    data: undefined,
    body: '',
    bodyLine: 1,
    locate: atTop,
    diagnostics: [{ file, line: 1, column: 1, message, rule, severity: 'error' }],
  });
  if (text.trim() === '') return fail('the file is empty; an entry starts with frontmatter between --- lines', 'empty-file');
  if (!/^---\r?\n/.test(text)) return fail('expected frontmatter: the file must start with a line of three hyphens (---)', 'frontmatter');
  let yaml: ReturnType<typeof parseYaml> | undefined;
  const parsed = matter(text, {
    engines: {
      yaml: (source: string) => {
        yaml = parseYaml(file, source);
        return {};
      },
    },
  });
  if (!yaml) return fail('the frontmatter is empty or not closed by a line of three hyphens (---)', 'frontmatter');
  const bodyOffset = text.endsWith(parsed.content) ? text.length - parsed.content.length : text.length;
  const bodyLine = text.slice(0, bodyOffset).split('\n').length;
  return { data: yaml.data, locate: yaml.locate, diagnostics: yaml.diagnostics, body: parsed.content, bodyLine };
}
