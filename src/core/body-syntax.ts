/**
 * The two bits of syntax editors add to Markdown bodies, defined once for the validator and the remark plugins:
 * `[[entry-id]]` or `[[entry-id|link text]]` links to another
 * entry; `[@1]` or `[@source-id]` cites a source of this entry.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Position } from './diagnostics.ts';
import { positionsIn } from './positions.ts';

export type BodyReference =
  | { type: 'entry-link'; id: string; label?: string; start: number; end: number }
  | { type: 'citation'; key: string; start: number; end: number };

const REFERENCE_PATTERN = /\[\[([^\]|\n]+?)(?:\|([^\]\n]+))?\]\]|\[@([^\]\s]+)\]/g;

/** Finds entry links and citations in a run of plain text, with their offsets in it. */
export function findReferences(text: string): BodyReference[] {
  const found: BodyReference[] = [];
  for (const match of text.matchAll(REFERENCE_PATTERN)) {
    const [whole, id, label, key] = match;
    const start = match.index;
    const end = start + whole.length;
    if (key !== undefined) found.push({ type: 'citation', key, start, end });
    else if (id !== undefined)
      found.push({ type: 'entry-link', id: id.trim(), ...(label ? { label: label.trim() } : {}), start, end });
  }
  return found;
}

/** Whether text may hold a reference at all: a cheap test that spares parsing most bodies. */
export function mayHaveReferences(text: string): boolean {
  return text.includes('[[') || text.includes('[@');
}

/**
 * A source's citation number (1-based) for a key: its position (`1`) or its id (`cnn`); undefined when none matches.
 */
export function citationNumber(key: string, sources: readonly { id?: string | undefined }[]): number | undefined {
  if (/^\d+$/.test(key)) {
    const number = Number(key);
    return number >= 1 && number <= sources.length ? number : undefined;
  }
  const index = sources.findIndex((source) => source.id === key);
  return index === -1 ? undefined : index + 1;
}

/** A reference with its offsets (`start`, `end`), line and column in the whole body. */
export type LocatedReference = BodyReference & Position;

/**
 * Every reference in a Markdown body with its line and column in the body (code spans and blocks are skipped).
 * Plain CommonMark is enough to tell code from text, and several times faster than parsing GFM too.
 */
export function scanBody(markdown: string): LocatedReference[] {
  if (!mayHaveReferences(markdown)) return [];
  return scanPlainBody(markdown) ?? scanParsedBody(markdown);
}

/** The references of a body, found by parsing it: the exact answer for any body. */
export function scanParsedBody(markdown: string): LocatedReference[] {
  const tree = fromMarkdown(markdown);
  const positionOf = positionsIn(markdown);
  const located: LocatedReference[] = [];
  visit(tree, 'text', (node) => {
    const nodeOffset = node.position?.start.offset;
    if (nodeOffset === undefined) return;
    for (const reference of findReferences(node.value)) {
      // A text node's value can differ from the source where escapes were resolved: find the match in the source,
      // no earlier than its place in the value (the source is never shorter), so a repeated reference is not
      // mistaken for the first.
      const found = markdown.indexOf(node.value.slice(reference.start, reference.end), nodeOffset + reference.start);
      const start = found === -1 ? nodeOffset : found;
      located.push({ ...reference, start, end: start + reference.end - reference.start, ...positionOf(start) });
    }
  });
  return located;
}

/**
 * Anything that could put a reference outside a plain text node: code (backticks, tildes, four spaces anywhere, as
 * lists and quotes indent code too), HTML and autolinks (<), escapes and entities, link destinations and definitions,
 * images.
 */
const NOT_PLAIN = /[`<\\&\t]|~~~|\]\(|\]:|!\[| {4}/;
/** What a reference holds when nothing inside it can be emphasis or a nested bracket. */
const PLAIN_REFERENCE = /^\[(?:\[[^*_[\]]+\]|@[^*_[\]]+)\]$/;

/**
 * The references of a body with no code, HTML, escapes or links, found without parsing: there every match of the
 * pattern is plain text, as the parser would find it. Undefined when the body needs the parser. Most bodies are
 * like that, and parsing them all was the slowest step of loading a large archive.
 */
export function scanPlainBody(markdown: string): LocatedReference[] | undefined {
  if (NOT_PLAIN.test(markdown)) return undefined;
  const found = findReferences(markdown);
  if (found.some((reference) => !PLAIN_REFERENCE.test(markdown.slice(reference.start, reference.end))))
    return undefined;
  const positionOf = positionsIn(markdown);
  return found.map((reference) => ({ ...reference, ...positionOf(reference.start) }));
}
