/**
 * rehype plugin: the footnotes' heading and "back to reference" labels in the body's language. remark-rehype writes
 * them in English for every file; a translation's render context brings its own words.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { renderContext } from './context.ts';

/** Puts the context's footnote words, where it has them, in place of remark-rehype's English ones. */
export default function rehypeFootnoteWords() {
  return (tree: Root, file: VFile) => {
    const { footnotesLabel, backToReference } = renderContext(file);
    if (!footnotesLabel && !backToReference) return;
    visit(tree, 'element', (node) => {
      if (footnotesLabel && node.tagName === 'h2' && String(node.properties['id'] ?? '').endsWith('footnote-label')) {
        node.children = [{ type: 'text', value: footnotesLabel }];
      }
      if (backToReference && node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        const number = /(\d+(?:-\d+)?)$/.exec(String(node.properties['ariaLabel'] ?? ''))?.[1] ?? '';
        node.properties['ariaLabel'] = backToReference.replace('{number}', number);
      }
    });
  };
}
