/**
 * rehype plugin: every block of body text gets `dir="auto"`, so a paragraph in Arabic or Hebrew reads right to left
 * inside an English page (and the other way round) without editors marking it.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The elements that hold a run of text whose direction the browser should take from its first strong letter. */
const TEXT_BLOCKS = new Set([
  'p',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
]);

/** Adds `dir="auto"` to text blocks that have no direction of their own. */
export default function rehypeDirAuto() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (TEXT_BLOCKS.has(node.tagName) && node.properties['dir'] === undefined) node.properties['dir'] = 'auto';
    });
  };
}
