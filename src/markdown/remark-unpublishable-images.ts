/**
 * remark plugin: a Markdown image whose address is relative to the entry's page (src/core/body-images.ts; `check`
 * warns of each) becomes its description, as a browser shows an image it cannot load. Left as it is, Astro would
 * take the address for a project asset and publish a placeholder instead of an image, on the site and in exports.
 * Runs before Astro collects a body's images.
 */
import type { PhrasingContent, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { SKIP, visit } from 'unist-util-visit';
import { imageUrl, isPageRelative } from '../core/body-images.ts';

/** Replaces each page-relative image (inline or by reference) with its alt text. */
export default function remarkUnpublishableImages() {
  return (tree: Root) => {
    const definition = definitions(tree);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const url = imageUrl(node, definition);
      if (url === undefined || !isPageRelative(url) || !('alt' in node)) return undefined;
      const words: PhrasingContent[] = node.alt ? [{ type: 'text', value: node.alt }] : [];
      parent.children.splice(index, 1, ...(words as never[]));
      return [SKIP, index + words.length];
    });
  };
}
