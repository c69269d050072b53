/**
 * HTML from other tools (TimelineJS slides) as Markdown or plain
 * text, through unified: scripts and handlers never survive.
 */
import type { Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import { gfmToMarkdown } from 'mdast-util-gfm';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { firstSentence, type Span } from './sentences.ts';

const parser = unified().use(rehypeParse, { fragment: true });
/**
 * Lets remark-stringify write what rehype-remark makes of tables
 * and strikethrough: GitHub's Markdown, as remark-gfm does.
 */
function gfmStringify(this: Processor) {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), gfmToMarkdown()];
}
const toMarkdown = unified()
  .use(rehypeRemark)
  .use(gfmStringify)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** Parses an HTML fragment. */
export function parseHtml(html: string): HastRoot {
  return parser.parse(html);
}

/** An HTML fragment as Markdown (links, emphasis, lists and quotes kept; anything unsafe or unknown dropped). */
export async function htmlToMarkdown(html: string | HastRoot): Promise<string> {
  const tree = typeof html === 'string' ? parseHtml(html) : html;
  const markdown = toMarkdown.stringify(await toMarkdown.run(tree));
  return String(markdown).trim();
}

/** An HTML fragment as one line of plain text (`Whitney Houston<br/> 1963 - 2012` → `Whitney Houston 1963 - 2012`). */
export function htmlToText(html: string): string {
  return toText(parseHtml(html)).replace(/\s+/g, ' ').trim();
}

/** The first sentence of a text (see sentences.ts, which knows abbreviations and initials). */
export { firstSentence } from './sentences.ts';

// Marks around a link's text while it becomes plain text: private-use characters, which no HTML text should hold.
const LINK_START = '\uE000';
const LINK_END = '\uE001';

/** An HTML fragment as one line of plain text, as `htmlToText` makes it, with where each link's text is in it. */
export function htmlToTextWithLinks(html: string): { text: string; links: Span[] } {
  const tree = parseHtml(html.replace(/[\uE000\uE001]/g, ''));
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    node.children = [{ type: 'text', value: LINK_START }, ...node.children, { type: 'text', value: LINK_END }];
  });
  // Whitespace collapses as in htmlToText; the marks are taken out and their places kept.
  let text = '';
  let space = false;
  const open: number[] = [];
  const links: Span[] = [];
  for (const char of toText(tree)) {
    if (/\s/.test(char)) space = text !== '';
    else if (char === LINK_START) open.push(text.length + (space ? 1 : 0));
    else if (char === LINK_END) links.push({ start: open.pop() ?? 0, end: text.length });
    else {
      text += space ? ` ${char}` : char;
      space = false;
    }
  }
  return { text, links };
}

/** The first sentence of an HTML fragment's text, never broken or cut inside a link's text. */
export function firstSentenceOfHtml(html: string, limit = 200): string {
  const { text, links } = htmlToTextWithLinks(html);
  return firstSentence(text, limit, { unbreakable: links });
}
