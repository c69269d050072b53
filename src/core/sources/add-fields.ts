/**
 * Adding fields to one YAML mapping of a content file without rewriting the file: editors' comments, quoting, order
 * and line endings stay as they wrote them, and a diff of the change shows only the new lines.
 */
import { isDeepStrictEqual } from 'node:util';
import { positionsIn } from '../positions.ts';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  stringify,
  type Node as YamlNode,
  type Scalar,
  type YAMLMap,
} from 'yaml';

/** A field to add: its key and its text value. */
export type Field = readonly [key: string, value: string];

/** Where the YAML of a file stands in its text. */
interface YamlRegion {
  yaml: string;
  /** Offset of `yaml` in the file's text. */
  start: number;
}

/** The file's text with `fields` added to the YAML mapping at `path`; every other byte as it was. */
export function addFieldsInPlace(
  file: string,
  text: string,
  path: readonly (string | number)[],
  fields: readonly Field[],
): { text: string } | { problem: string } {
  const region = yamlRegion(file, text);
  if ('problem' in region) return region;
  const documents = parseAllDocuments(region.yaml);
  if (documents.length === 0) return { problem: `${file}: the YAML is empty` };
  if (documents.length > 1) return { problem: `${file}: expected one YAML document, found ${documents.length}` };
  const [document] = documents as [NonNullable<(typeof documents)[number]>];
  const [error] = document.errors;
  if (error) {
    const { line, column } = positionsIn(text)(region.start + error.pos[0]);
    const message = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
    return { problem: `${file}:${line}:${column}: the YAML cannot be read (${message})` };
  }
  const found = mappingAt(document.contents, path);
  if ('problem' in found) return { problem: `${file}: ${found.problem}` };
  const map = found.map;
  const taken = map.items
    .map((pair) => pair.key)
    .find((key): key is Scalar => isScalar(key) && fields.some(([name]) => name === key.value));
  if (taken) {
    const { line, column } = positionsIn(text)(region.start + taken.range![0]);
    const key = String(taken.value);
    return { problem: `${file}:${line}:${column}: ${describe(path)} already has ${key}; it is left as it is` };
  }
  if (new Set(fields.map(([key]) => key)).size !== fields.length)
    return { problem: `${file}: the same field is given twice` };
  const insertion = map.flow ? flowInsertion(region.yaml, map, fields) : blockInsertion(region.yaml, map, fields);
  const at = region.start + insertion.at;
  const edited = text.slice(0, at) + insertion.text + text.slice(at);
  return verified(file, text, edited, path, fields) ?? { text: edited };
}

/** The YAML of a file: a Markdown entry's frontmatter, or the whole of a YAML file. */
function yamlRegion(file: string, text: string): YamlRegion | { problem: string } {
  // A byte-order mark is not YAML (the reader drops it too; the parser misreads a list that follows one).
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (/\.ya?ml$/i.test(file)) return { yaml: text.slice(bom), start: bom };
  if (!/\.(md|markdown)$/i.test(file)) return { problem: `${file}: not a Markdown or YAML file` };
  // The same frontmatter the reader sees: a first line of three hyphens, closed by `---` or `...` on a line of its own.
  const opening = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  if (!opening) return { problem: `${file}: no frontmatter (the file must start with a line of three hyphens)` };
  const start = bom + opening[0].length;
  const closing = /\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(text.slice(start - 1));
  if (!closing) return { problem: `${file}: the frontmatter is not closed by a line of three hyphens` };
  const end = start + closing.index;
  return { yaml: text.slice(start, end), start };
}

/** The block mapping or flow mapping at `path`, or why there is none that can be edited. */
function mappingAt(root: unknown, path: readonly (string | number)[]): { map: YAMLMap } | { problem: string } {
  let node = root;
  for (const [depth, step] of path.entries()) {
    const here = describe(path.slice(0, depth));
    if (isAlias(node)) return { problem: `${here} is an alias (*${node.source}): edit the anchor's value instead` };
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return { problem: `${describe(path.slice(0, depth + 1))} does not exist` };
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      if (!(step in node.items)) return { problem: `${describe(path.slice(0, depth + 1))} does not exist` };
      node = node.items[step];
    } else
      return { problem: `${describe(path.slice(0, depth + 1))} does not exist (${here} is not a list or mapping)` };
  }
  const at = describe(path);
  if (isAlias(node)) return { problem: `${at} is an alias (*${node.source}): edit the anchor's value instead` };
  if (!isMap(node)) return { problem: `${at} is not a mapping of fields` };
  // A mapping with an anchor may be repeated elsewhere by its aliases: a field added here would appear there too.
  if (node.anchor) return { problem: `${at} has an anchor (&${node.anchor}) that other places may repeat` };
  if (node.tag) return { problem: `${at} has a tag (${node.tag}); it is left as it is` };
  return { map: node };
}

/** Where new lines go in a block mapping, and the lines: after the `url` line when there is one, else at the end. */
function blockInsertion(yaml: string, map: YAMLMap, fields: readonly Field[]): { at: number; text: string } {
  const after = anchorPair(map);
  const end = (after.value as YamlNode | null)?.range?.[1] ?? (after.key as YamlNode).range![1];
  const at = lineEnd(yaml, end);
  const newline = /\r\n/.test(yaml) ? '\r\n' : '\n';
  const firstKey = (map.items[0]!.key as YamlNode).range![0];
  const indent = ' '.repeat(firstKey - (yaml.lastIndexOf('\n', firstKey - 1) + 1));
  return { at, text: fields.map(([key, value]) => `${newline}${indent}${scalar(key)}: ${scalar(value)}`).join('') };
}

/** Where new pairs go in a flow mapping `{…}`, and the pairs: after the `url` pair if there is one, else at the end. */
function flowInsertion(yaml: string, map: YAMLMap, fields: readonly Field[]): { at: number; text: string } {
  const pairs = fields.map(([key, value]) => `${flowScalar(key)}: ${flowScalar(value)}`);
  if (map.items.length === 0) {
    const at = yaml.indexOf('{', map.range![0]) + 1;
    return { at, text: pairs.join(', ') };
  }
  const after = anchorPair(map);
  const at = (after.value as YamlNode | null)?.range?.[1] ?? (after.key as YamlNode).range![1];
  return { at, text: pairs.map((pair) => `, ${pair}`).join('') };
}

/** The pair new fields follow: `url` (an archive copy belongs beside the address it copies), else the last. */
function anchorPair(map: YAMLMap) {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === 'url') ?? map.items.at(-1)!;
}

/**
 * Where the line holding `offset` ends (before its line break), past any comment on it. A block scalar ends after its
 * own line break: its last line ends just before.
 */
function lineEnd(yaml: string, offset: number): number {
  if (offset > 0 && yaml[offset - 1] === '\n') return offset - (yaml[offset - 2] === '\r' ? 2 : 1);
  const next = yaml.indexOf('\n', offset);
  if (next < 0) return yaml.length;
  return yaml[next - 1] === '\r' ? next - 1 : next;
}

/** A value as a one-line YAML scalar, quoted only when it must be (the `yaml` package decides). */
function scalar(value: string): string {
  const written = stringify(value, { lineWidth: 0, minContentWidth: 0, blockQuote: false }).replace(/\n$/, '');
  // A single-quoted scalar writes a line break as an empty line: escaped in double quotes, the value keeps one line.
  return written.includes('\n') ? JSON.stringify(value) : written;
}

/** A value as a one-line scalar inside `{…}`, where `,` `[` `]` `{` `}` also end a plain scalar. */
function flowScalar(value: string): string {
  const plain = scalar(value);
  return /[,[\]{}]/.test(plain) && !/^["']/.test(plain) ? JSON.stringify(value) : plain;
}

/**
 * Undefined when the edited text reads as the original plus exactly the new fields at `path`, else the problem: an
 * edit that would change anything else is never written.
 */
function verified(
  file: string,
  original: string,
  edited: string,
  path: readonly (string | number)[],
  fields: readonly Field[],
): { problem: string } | undefined {
  const before = readData(file, original);
  const after = readData(file, edited);
  if (before.ok && after.ok) {
    const target = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], before.data);
    Object.assign(target as object, Object.fromEntries(fields));
    if (isDeepStrictEqual(before.data, after.data)) return undefined;
  }
  return { problem: `${file}: ${describe(path)} is written in a way this edit cannot keep; add the fields by hand` };
}

/** The data of a file's YAML, as the checks above read it. */
function readData(file: string, text: string): { ok: true; data: unknown } | { ok: false } {
  const region = yamlRegion(file, text);
  if ('problem' in region) return { ok: false };
  const documents = parseAllDocuments(region.yaml);
  if (documents.length !== 1 || documents[0]!.errors.length) return { ok: false };
  try {
    return { ok: true, data: documents[0]!.toJS() };
  } catch {
    return { ok: false };
  }
}

/** A path as a reader writes it: `sources[1]`, `[3].sources[0]`; the whole document is `the document`. */
function describe(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the document';
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index ? `.${step}` : step)).join('');
}
