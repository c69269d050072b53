/**
 * The two bits of syntax editors add to Markdown bodies, defined once for the validator and the remark plugins:
 * `[[entry-id]]` or `[[entry-id|link text]]` links to another entry; `[@1]` or `[@source-id]` cites a source of this entry.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Position } from './diagnostics.ts';

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
    else if (id !== undefined) found.push({ type: 'entry-link', id: id.trim(), ...(label ? { label: label.trim() } : {}), start, end });
  }
  return found;
}

/** Whether text may hold a reference at all: a cheap test that spares parsing most bodies. */
export function mayHaveReferences(text: string): boolean {
  return text.includes('[[') || text.includes('[@');
}

/** A source's citation number (1-based) for a key: its position (`1`) or its id (`cnn`); undefined when none matches. */
export function citationNumber(key: string, sources: readonly { id?: string | undefined }[]): number | undefined {
  if (/^\d+$/.test(key)) {
    const number = Number(key);
    return number >= 1 && number <= sources.length ? number : undefined;
  }
  const index = sources.findIndex((source) => source.id === key);
  return index === -1 ? undefined : index + 1;
}

export type LocatedReference = BodyReference & Position;

/**
 * Every reference in a Markdown body with its line and column in the body (code spans and blocks are skipped).
 * Plain CommonMark is enough to tell code from text, and several times faster than parsing GFM too.
 */
export function scanBody(markdown: string): LocatedReference[] {
  if (!mayHaveReferences(markdown)) return [];
  const tree = fromMarkdown(markdown);
  const located: LocatedReference[] = [];
  visit(tree, 'text', (node) => {
    const nodeOffset = node.position?.start.offset;
    if (nodeOffset === undefined) return;
    for (const reference of findReferences(node.value)) {
      // A text node's value can differ from the source where escapes were resolved: find the match in the source.
      const sourceOffset = markdown.indexOf(node.value.slice(reference.start, reference.end), nodeOffset);
      located.push({ ...reference, ...offsetToPosition(markdown, sourceOffset === -1 ? nodeOffset : sourceOffset) });
    }
  });
  return located;
}

function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
