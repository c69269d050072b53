/**
 * Images in a body whose address is relative to the entry's page (`pic.jpg`, `./pic.jpg`) or empty: the site serves
 * no file beside an entry page, and the Markdown renderer would take such an address for a project asset it cannot
 * find, publishing broken markup. An http(s) address, or one from the site's root (`/images/pic.jpg`, a file in
 * `public/`), works.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/** Each such image: its address as written, and its line and column in the body. */
export function pageRelativeImages(markdown: string): { url: string; line: number; column: number }[] {
  if (!markdown.includes('![')) return [];
  const found: { url: string; line: number; column: number }[] = [];
  visit(fromMarkdown(markdown), 'image', (node) => {
    if (/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(node.url)) return;
    found.push({ url: node.url, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  });
  return found;
}
