/**
 * rehype plugin, run after sanitizing: an `<img>` written as raw HTML whose address is relative to the entry's page
 * (src/core/body-images.ts) becomes its alt text, as its Markdown form does (remark-unpublishable-images.ts): no
 * reader meets a broken image, on the site or in an export. An image at an http address (Markdown or raw) is asked
 * for over https, as the pages' Content-Security-Policy loads images (check warns of the address).
 */
import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isPageRelative } from '../core/body-images.ts';
import { secureImage } from '../core/media.ts';

/** Replaces each page-relative `<img>` with its alt text, and asks for each http one over https. */
export default function rehypeUnpublishableImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      const src = node.properties['src'];
      if (typeof src !== 'string') return undefined;
      if (!isPageRelative(src)) {
        node.properties['src'] = secureImage(src);
        return undefined;
      }
      const alt = typeof node.properties['alt'] === 'string' ? node.properties['alt'] : '';
      const words: ElementContent[] = alt ? [{ type: 'text', value: alt }] : [];
      parent.children.splice(index, 1, ...words);
      return [SKIP, index + words.length];
    });
  };
}
