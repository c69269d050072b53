/**
 * rehype plugin, run after sanitizing: an `<img>` written as raw HTML whose address is relative to the entry's page
 * (src/core/body-images.ts) becomes its alt text, as its Markdown form does (remark-unpublishable-images.ts): no
 * reader meets a broken image, on the site or in an export.
 */
import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isPageRelative } from '../core/body-images.ts';

/** Replaces each page-relative `<img>` with its alt text. */
export default function rehypeUnpublishableImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      const src = node.properties['src'];
      if (typeof src !== 'string' || !isPageRelative(src)) return undefined;
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
      const words: ElementContent[] = alt ? [{ type: 'text', value: alt }] : [];
      parent.children.splice(index, 1, ...words);
      return [SKIP, index + words.length];
    });
  };
}
