/**
 * Whether an entry's summary says again what a reader sees beside it: its title, or the opening of its body. An
 * import keeps a slide's whole text as the body and its first sentence as the summary, and editors write such
 * entries too; every page and export asks here, so the text is printed once everywhere and decided once.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';

/** Where a summary repeats other text of its entry. */
export interface SummaryRepeats {
  /** The summary is the title, written again (case, spaces and closing punctuation aside). */
  title: boolean;
  /** The body opens with the summary: its first sentences, or all but their end where the summary was cut ("…"). */
  body: boolean;
}

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"', '«': '"', '»': '"', '„': '"' };

/** Text as a reader compares it: spaces collapsed, case folded, typographic quotes plain. */
function folded(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’“”«»„]/gu, (quote) => QUOTES[quote] ?? quote)
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

/** Text without its closing punctuation, or the ellipsis of a summary cut short. */
const unpunctuated = (text: string) => folded(text).replace(/[\s.!?…:;,]+$/u, '');

/** Whether two texts read the same: "Talks resume" and "Talks resume." do. */
export function sameText(a: string, b: string): boolean {
  return unpunctuated(a) === unpunctuated(b);
}

/** Whether `text` begins with `start` as whole words: "Talks resumed. More…" begins with "Talks resumed." */
export function beginsWith(text: string, start: string): boolean {
  const whole = folded(text);
  const opening = unpunctuated(start);
  return opening !== '' && whole.startsWith(opening) && !/^[\p{L}\p{N}]/u.test(whole.slice(opening.length));
}

/** What a paragraph or heading reads as: its text, without [@n] citations (a number after the words). */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * The text of a Markdown body's first paragraph (empty where the body opens with a list, a quotation, code…).
 * Most bodies open with plain words and need no parsing: a large archive is loaded without parsing every body.
 */
export function openingText(markdown: string): string {
  const block = markdown.trimStart().split(/\n[ \t]*\n/u, 1)[0] ?? '';
  const plain = /^[\p{L}\p{N}"'“‘(]/u.test(block) && !/[\\`*_[\]<>&!#|~]/u.test(block);
  const first = plain ? undefined : fromMarkdown(block).children[0];
  const text = plain ? block : first?.type === 'paragraph' || first?.type === 'heading' ? textOf(first) : '';
  return text.replace(/\s*\[@[^\]\s]+\]/gu, '').replace(/\[\[[^\]|\n]+\|([^\]\n]+)\]\]/gu, '$1');
}

/** Where `summary` repeats the title or the body's opening. */
export function summaryRepeats(summary: string, title: string, body: string): SummaryRepeats {
  // Cheap first: a body whose first paragraph does not hold the summary's first word cannot open with the summary.
  const firstWord = /[\p{L}\p{N}]+/u.exec(summary)?.[0]?.toLocaleLowerCase();
  const head = body.trimStart().slice(0, 2000);
  const mayOpen = firstWord !== undefined && head.toLocaleLowerCase().includes(firstWord);
  return { title: sameText(summary, title), body: mayOpen && beginsWith(openingText(body), summary) };
}
