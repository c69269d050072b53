/**
 * SmartyPants (curly quotes, dashes, ellipses) as remark-smartypants 3 does it, with the same result for every text,
 * but retext parses a text only when it holds a character SmartyPants would change. remark-smartypants parses all
 * of a body's text to place its quotes, then each text node again for dashes and ellipses: at 3,500 characters a
 * body, that was half of rendering it (2.2 of 4.3 ms). A text without quotes skips the first parse; one without
 * `--`, ` `` `, `''` or dots with only space between skips the second (nearly every text node of real prose).
 * Astro's own is turned off where this one runs (src/markdown/processor.ts), so it runs exactly where Astro's did:
 * after GFM, before our plugins. The guards follow retext-smartypants 6.2.0's methods, so package.json pins it:
 * tests/unit/smartypants-lazy.test.ts compares this plugin with Astro's on every fixture before an upgrade lands.
 */
import type { Nodes, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** Quotes, the only thing the first pass changes (retext-smartypants' `quotes`). */
const QUOTES = /["']/;
/**
 * What the second pass changes: `--` (dashes), ` `` ` and `''` (backticks), and three dots with nothing or only
 * white space between (ellipses). Any two dots so placed run it, so it never misses one; parse-latin's white space
 * is JavaScript's `\s` and U+0085.
 */
const DASHES_BACKTICKS_ELLIPSES = /--|``|''|\.[\s\u0085]*\./;

/** Nodes whose text starts afresh: a quote right at their start opens (remark-smartypants' blocks). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Node): node is Literal => 'value' in node && typeof node.value === 'string';

/**
 * remark-smartypants' choice of nodes: text and code, and the blocks they sit in. (Its exception for `<style>` and
 * `<script>` in MDX never applies: bodies are Markdown.)
 */
const visited = (node: Node, _index?: number, parent?: Parent): boolean =>
  parent !== undefined && VISITED.has(node.type) && (isLiteral(node) || BLOCKS.has(node.type));

/** The remark plugin: SmartyPants with its default options. */
export default function remarkSmartypantsLazy() {
  const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
  const others = retext().use(smartypants, { quotes: false });
  return (tree: Root): void => {
    // All text in one string, code as letters and a space before each block, so quotes pair across links and
    // emphasis; the quote pass keeps the length, so each text is then cut back out where it was.
    let all = '';
    const nodes: Node[] = [];
    visit(tree, visited, (node: Node) => {
      if (isLiteral(node)) all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else all += ' ';
      nodes.push(node);
    });
    if (QUOTES.test(all)) all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = all.slice(start, end);
        node.value = DASHES_BACKTICKS_ELLIPSES.test(text) ? others.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
