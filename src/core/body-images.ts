/**
 * Images in a body whose address is relative to the entry's page (`pic.jpg`, `./pic.jpg`) or empty: the site serves
 * no file beside an entry page, and the Markdown renderer would take such an address for a project asset it cannot
 * find, publishing broken markup. An http(s) address, or one from the site's root (`/images/pic.jpg`, a file in
 * `public/`), works. The site's Markdown pipeline shows such an image as its description (src/markdown), and `check`
 * warns of each.
 */
import type { Nodes, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';

/** Whether an image address is relative to the page that shows it (or empty): it cannot be published. */
export const isPageRelative = (url: string): boolean => !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(url.trim());

/** The address of an image node, inline or by reference (through the tree's definitions); undefined for others. */
export function imageUrl(node: Nodes, definition: ReturnType<typeof definitions>): string | undefined {
  if (node.type === 'image') return node.url;
  return node.type === 'imageReference' ? definition(node.identifier)?.url : undefined;
}

/** The `src` of each `<img>` in a piece of raw HTML, with its offset. */
const RAW_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Each page-relative image of a Markdown tree's image nodes, references and raw HTML, with where it is written. */
export function pageRelativeImagesOf(tree: Root): { url: string; line: number; column: number }[] {
  const definition = definitions(tree);
  const found: { url: string; line: number; column: number }[] = [];
  visit(tree, (node) => {
    const start = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'html') {
      for (const match of node.value.matchAll(RAW_IMAGE)) {
        const url = match[1] ?? match[2] ?? match[3] ?? '';
        if (isPageRelative(url)) found.push({ url, ...start });
      }
      return;
    }
    const url = imageUrl(node, definition);
    if (url !== undefined && isPageRelative(url)) found.push({ url, ...start });
  });
  return found;
}

/** Each such image of a body: its address as written, and its line and column in the body. */
export function pageRelativeImages(markdown: string): { url: string; line: number; column: number }[] {
  if (!/!\[|<img/i.test(markdown)) return [];
  return pageRelativeImagesOf(fromMarkdown(markdown));
}
