/**
 * Writing what the CMS saved back into the YAML file it came from, changing only what changed: comments, key
 * order, quoting, flow lists and blank lines of everything else stay as the editor wrote them, so a diff shows the
 * one edit. (Decap CMS itself would write the whole file anew.)
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type ToStringOptions } from 'yaml';

/** How YAML is written here: long lines are never folded, and flow lists read `[a, b]`, as files written by hand. */
const OUTPUT: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const isRecord = (value: unknown): value is Record<string, Plain> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key an item of a list is known by across edits: its `id`, when every item has one. */
const idOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value['id'] === 'string' ? value['id'] : undefined;

/** `node` changed to hold `value`, reusing every part of it that already holds the same. */
function merged(document: Document, node: unknown, value: Plain): unknown {
  if (isMap(node) && isRecord(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!(key in value)) node.delete(pair.key);
    }
    for (const [key, child] of Object.entries(value)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === key);
      if (pair) pair.value = merged(document, pair.value, child);
      else node.set(document.createNode(key), document.createNode(child));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const byId = new Map(node.items.map((item) => [idOf((item as Node).toJSON()), item]));
    const keyed = value.every((item) => idOf(item) !== undefined) && byId.size === node.items.length;
    // Items are matched by id where they all have one (a list of people moved or deleted keeps each its comments),
    // else by place.
    node.items = value.map((item, index) => {
      const before = keyed ? byId.get(idOf(item)) : node.items[index];
      return before === undefined ? document.createNode(item) : merged(document, before, item);
    });
    return node;
  }
  if (isScalar(node) && node.value === value) return node;
  return replaced(document, node, value);
}

/** A new node for `value` in place of `node`, keeping the comments on it (`name: Jane # as she signs`). */
function replaced(document: Document, node: unknown, value: Plain): Node {
  const created = document.createNode(value);
  if (isScalar(node) || isMap(node) || isSeq(node)) {
    if (node.comment) created.comment = node.comment;
    if (node.commentBefore) created.commentBefore = node.commentBefore;
  }
  return created;
}

/** `original` (a YAML file's text) changed to hold `value`, everything unchanged kept as it was written. */
export function mergeIntoYaml(original: string, value: unknown): string {
  const document = parseDocument(original);
  if (document.errors.length > 0) return freshYaml(value);
  document.contents = merged(document, document.contents, value as Plain) as typeof document.contents;
  return document.toString(OUTPUT);
}

/** YAML for a value with no file to keep: as `mergeIntoYaml` writes its new parts. */
export const freshYaml = (value: unknown): string => new Document(value).toString(OUTPUT);

/** How many of the list items in `value` have an id the list `original` has too: which file an edit is of. */
export function sharedIds(original: unknown, value: unknown): number {
  const ids = (list: unknown) => new Set(Array.isArray(list) ? list.map(idOf).filter(Boolean) : []);
  const before = ids(original);
  return [...ids(value)].filter((id) => before.has(id)).length;
}
