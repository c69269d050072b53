/**
 * HTML from other tools (TimelineJS slides) as Markdown or plain
 * text, through unified: scripts and handlers never survive.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Html, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
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
/** A web address in running text: up to the next space or bracket, without the punctuation that ends a sentence. */
const ADDRESS = /https?:\/\/[^\s<>"'`()[\]{}]*[^\s<>"'`()[\]{}.,:;!?*_~]/g;
/** An address GitHub's Markdown links as it stands (an autolink literal), so it can be written as it reads. */
const PLAIN_ADDRESS = /^https?:\/\/[\p{L}\p{N}_.-]+(?:[/?#][\p{L}\p{N}_\-.~:/?#@!$&+,;=%]*)?$/u;

/**
 * Addresses read as addresses: a link whose words are its address, or an address in running text, is written as the
 * bare address (which GitHub's Markdown links), not `<https://…>` or an escaped `https\://`; one that could not stand
 * bare is written as an ordinary link. Every other link is written `[words](address)`.
 */
function plainAddresses() {
  const bare = (url: string): Html | PhrasingContent =>
    PLAIN_ADDRESS.test(url) && !/&\w+;/.test(url)
      ? { type: 'html', value: url }
      : { type: 'link', url, children: [{ type: 'text', value: url }] };
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'link') {
        const [only] = node.children;
        if (node.children.length === 1 && only?.type === 'text' && only.value === node.url && !node.title)
          parent.children.splice(index, 1, bare(node.url) as never);
        return 'skip';
      }
      if (node.type !== 'text') return;
      const parts: (Text | Html | PhrasingContent)[] = [];
      let last = 0;
      for (const match of node.value.matchAll(ADDRESS)) {
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(bare(match[0]));
        last = match.index + match[0].length;
      }
      if (!parts.length) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...(parts as never[]));
      return index + parts.length;
    });
  };
}

const toMarkdown = unified()
  .use(rehypeRemark)
  .use(plainAddresses)
  .use(gfmStringify)
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', resourceLink: true });

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
  return treeText(parseHtml(html));
}

/** The text of parsed HTML, whitespace collapsed: text that reads like a tag (`&lt;b&gt;`) stays text. */
export function treeText(tree: HastRoot | Element): string {
  return toText(tree).replace(/\s+/g, ' ').trim();
}

/** The first sentence of a text (see sentences.ts, which knows abbreviations and initials). */
export { firstSentence } from './sentences.ts';

// Marks around a link's text while it becomes plain text: private-use characters, which no HTML text should hold.
const LINK_START = '\uE000';
const LINK_END = '\uE001';

/**
 * An HTML fragment as one line of plain text, as `htmlToText` makes it, with where each link's text is in it and
 * where its lines break.
 */
export function htmlToTextWithLinks(html: string): { text: string; links: Span[]; breaks: number[] } {
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
  const breaks: number[] = [];
  for (const char of toText(tree)) {
    // A line break (<br>, a new paragraph) where the words go on: kept as a place, as the words run on.
    if (char === '\n' && text !== '' && breaks.at(-1) !== text.length) breaks.push(text.length);
    if (/\s/.test(char)) space = text !== '';
    else if (char === LINK_START) open.push(text.length + (space ? 1 : 0));
    else if (char === LINK_END) links.push({ start: open.pop() ?? 0, end: text.length });
    else {
      text += space ? ` ${char}` : char;
      space = false;
    }
  }
  return { text, links, breaks: breaks.filter((place) => place < text.length) };
}

/**
 * The first sentence of an HTML fragment's text, never broken or cut inside a link's text, and never past its first
 * line: "Born in Ohio<br>Moved to Texas." opens with "Born in Ohio", as a reader sees it.
 */
export function firstSentenceOfHtml(html: string, limit = 200): string {
  const { text, links, breaks } = htmlToTextWithLinks(html);
  const lineEnd = breaks.find((place) => !links.some((link) => link.start < place && place < link.end));
  const line = lineEnd === undefined ? text : text.slice(0, lineEnd);
  return firstSentence(line, limit, { unbreakable: links.filter((link) => link.end <= line.length) });
}
