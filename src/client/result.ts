/** A search result as the search page lists it: title, date, summary and Pagefind's excerpt, built as DOM nodes. */
import type { PagefindResultData } from './pagefind.ts';

/** A result's list item: its text is set as text, and only the excerpt's <mark>s become elements. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', { className: 'result' });
  const article = element('article', {});
  const title = element('h3', { className: 'result-title' });
  title.append(element('a', { href: data.url, textContent: data.meta['title'] ?? data.url }));
  article.append(title);
  if (data.meta['date']) article.append(element('p', { className: 'result-date', textContent: data.meta['date'] }));
  const excerpt = element('p', { className: 'result-excerpt' });
  excerpt.append(...highlighted(data.excerpt));
  // The page's lede is its summary, so a match there gives an excerpt of the same words: print them once, marked.
  const summary = data.meta['summary'];
  if (summary && !repeats(summary, excerpt.textContent ?? ''))
    article.append(element('p', { className: 'result-summary', textContent: summary }));
  article.append(excerpt);
  item.append(article);
  return item;
}

/** Whether an excerpt repeats the summary: six words in a row of it are words of the summary. */
function repeats(summary: string, excerpt: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const said = ` ${words(summary).join(' ')} `;
  const shown = words(excerpt);
  for (let start = 0; start + 6 <= shown.length; start++)
    if (said.includes(` ${shown.slice(start, start + 6).join(' ')} `)) return true;
  return false;
}

/** Pagefind's excerpt as text nodes and <mark> elements only: whatever else it holds is never parsed as markup. */
function highlighted(excerpt: string): Node[] {
  // A textarea decodes entities without ever creating elements, and keeps every space.
  const decoder = document.createElement('textarea');
  const decode = (html: string) => {
    decoder.innerHTML = html;
    return decoder.value;
  };
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    return marked ? element('mark', { textContent: decode(marked[1] ?? '') }) : document.createTextNode(decode(part));
  });
}

/** An element with its properties set. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), properties);
}
