/**
 * One line of inline Markdown from content (a media caption or credit) as HTML, through the site's one Markdown
 * pipeline (src/markdown/processor.ts) and its sanitizer, as bodies are; and as only its words and web links, for the
 * TimelineJS export, which other sites write into their pages.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { findReferences } from '../core/body-syntax.ts';
import { parseHtml } from '../core/html-text.ts';
import { escapeHtml } from '../core/timelinejs/format.ts';
import { timelineMarkdown } from './processor.ts';

const renderers = new Map<boolean, Promise<MarkdownRenderer>>();

/** A single paragraph's content without its `<p>`: a caption is a run of text inside the element that shows it. */
const ONE_PARAGRAPH = /^<p(?:\s[^>]*)?>((?:(?!<p[\s>])[\s\S])*)<\/p>$/;

/**
 * Renders inline Markdown to sanitized HTML. Text the pipeline refuses (an `[[id]]` or `[@n]`, which mean nothing
 * outside a body) is shown as written. `smartypants` as on the site; exports turn it off, so that an exported timeline
 * imported again gives the same text.
 */
export async function renderInline(markdown: string, options: { smartypants?: boolean } = {}): Promise<string> {
  const smartypants = options.smartypants ?? true;
  let renderer = renderers.get(smartypants);
  if (!renderer) {
    renderer = timelineMarkdown().createRenderer({ syntaxHighlight: false, smartypants });
    renderers.set(smartypants, renderer);
  }
  // An [[id]] or [@n] would fail the pipeline, which says so on the console: such text is shown as written.
  if (findReferences(markdown).length) return escapeHtml(markdown);
  try {
    const { code } = await (await renderer).render(markdown);
    const html = code.trim();
    return ONE_PARAGRAPH.exec(html)?.[1] ?? html;
  } catch {
    return escapeHtml(markdown);
  }
}

/**
 * Rendered HTML cut down to its words, its emphasis (a title in italics) and its written links to web addresses
 * (`[Jane Roe](https://…)`): code and anything else leave only their text, and so does a bare address (TimelineJS
 * links those itself). The importer keeps emphasis too, so an exported caption comes back as it was.
 */
export function wordsAndLinks(html: string): string {
  return serialise(parseHtml(html).children);
}

const WEB_ADDRESS = /^(https?:|mailto:)/i;
/** Emphasis kept, by the element TimelineJS is given for it. */
const EMPHASIS: Record<string, string> = { em: 'em', i: 'em', strong: 'strong', b: 'strong' };
const attribute = (value: string) => escapeHtml(value).replace(/"/g, '&quot;');

function serialise(nodes: Root['children'] | ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escapeHtml(node.value);
      if (node.type !== 'element') return '';
      const href = node.tagName === 'a' ? String(node.properties['href'] ?? '') : '';
      const inner = serialise(node.children);
      if (node.tagName === 'br') return ' ';
      const emphasis = EMPHASIS[node.tagName];
      if (emphasis) return `<${emphasis}>${inner}</${emphasis}>`;
      const written = WEB_ADDRESS.test(href) && !isAddressOf(toText(node), href);
      return written ? `<a href="${attribute(href)}">${inner}</a>` : inner;
    })
    .join('');
}

/** Whether a link's text is its own address (a bare address made a link), as written or percent-encoded. */
function isAddressOf(text: string, href: string): boolean {
  const shown = text.trim();
  if (shown === href || `mailto:${shown}` === href) return true;
  try {
    return shown === decodeURI(href);
  } catch {
    return false;
  }
}

/**
 * Captions and credits for the TimelineJS export, rendered beforehand (the export itself is synchronous): each as its
 * words and written links, without smart quotes, so that importing the export gives the same Markdown back.
 */
export async function exportedCaptions(texts: Iterable<string | undefined>): Promise<(markdown: string) => string> {
  const html = new Map<string, string>();
  for (const text of texts) {
    if (text && !html.has(text)) html.set(text, wordsAndLinks(await renderInline(text, { smartypants: false })));
  }
  return (markdown) => html.get(markdown) ?? escapeHtml(markdown);
}
