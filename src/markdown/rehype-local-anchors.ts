/**
 * rehype plugin, run after sanitizing: a link to `#x` inside a body whose target was renamed `user-content-x` (a
 * footnote, an anchor the editor wrote) points at the new name again. Links to the page's own anchors (`#source-1`
 * for citations) have no such target in the body and stay as they are.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const PREFIX = 'user-content-';

/** Re-points in-body anchor links at their prefixed targets. */
export default function rehypeLocalAnchors() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(PREFIX + href.slice(1))) {
        node.properties['href'] = `#${PREFIX}${href.slice(1)}`;
      }
    });
  };
}
