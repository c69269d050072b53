/** Replaces reference syntax inside text nodes with other nodes, leaving code and everything else alone. */
import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findReferences, type BodyReference } from '../core/body-syntax.ts';

/**
 * Calls `replace` for each reference of the given type in the tree's text; what it returns takes the reference's
 * place (undefined keeps the text as written). The position passed along is the reference's own, for messages.
 */
export function replaceReferences<T extends BodyReference['type']>(
  tree: Root,
  type: T,
  replace: (reference: Extract<BodyReference, { type: T }>, place: Text) => PhrasingContent | undefined,
): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const references = findReferences(node.value).filter(
      (ref): ref is Extract<BodyReference, { type: T }> => ref.type === type,
    );
    if (references.length === 0) return;
    const replacement: PhrasingContent[] = [];
    let cursor = 0;
    for (const reference of references) {
      const place: Text = {
        type: 'text',
        value: node.value.slice(reference.start, reference.end),
        ...positionAt(node, reference.start),
      };
      const made = replace(reference, place);
      if (!made) continue;
      if (reference.start > cursor)
        replacement.push({ type: 'text', value: node.value.slice(cursor, reference.start) });
      replacement.push(made);
      cursor = reference.end;
    }
    if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return [SKIP, index + replacement.length];
  });
}

/** The position of a character inside a text node, when the node has one and no line break comes before it. */
function positionAt(node: Text, offset: number): Pick<Text, 'position'> | Record<string, never> {
  const start = node.position?.start;
  if (!start || node.value.slice(0, offset).includes('\n')) return node.position ? { position: node.position } : {};
  const point = {
    line: start.line,
    column: start.column + offset,
    ...(start.offset === undefined ? {} : { offset: start.offset + offset }),
  };
  return { position: { start: point, end: point } };
}
