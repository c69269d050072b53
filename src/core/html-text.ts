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

/** The first sentence of a text, cut at a word boundary if it is still longer than `limit`. */
export function firstSentence(text: string, limit = 200): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= limit) return sentence;
  return `${sentence.slice(0, limit).replace(/\s+\S*$/, '')}…`;
}
