/**
 * One line of inline Markdown from content (a media caption or credit) as HTML, through the site's one Markdown
 * pipeline (src/markdown/processor.ts) and its sanitizer, as bodies are: links kept, nothing that could run script.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { escapeHtml } from '../core/timelinejs/format.ts';
import { timelineMarkdown } from './processor.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

/** A single paragraph's content without its `<p>`: a caption is a run of text inside the element that shows it. */
const ONE_PARAGRAPH = /^<p(?:\s[^>]*)?>((?:(?!<p[\s>])[\s\S])*)<\/p>$/;

/**
 * Renders inline Markdown to sanitized HTML. Text the pipeline refuses (an `[[id]]` or `[@n]`, which mean nothing
 * outside a body) is shown as written, escaped.
 */
export async function renderInline(markdown: string): Promise<string> {
  renderer ??= timelineMarkdown().createRenderer({ syntaxHighlight: false });
  try {
    const { code } = await (await renderer).render(markdown);
    const html = code.trim();
    return ONE_PARAGRAPH.exec(html)?.[1] ?? html;
  } catch {
    return escapeHtml(markdown);
  }
}
