/**
 * Links in a slide's HTML that must not reach a reader: `javascript:`, `data:`, `vbscript:` and any other scheme that
 * is not a web or mail address. Their words stay; the link goes, and the importer names each one in a note.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The schemes a link in imported text may have; an address without a scheme (`#top`, `/about`) is kept too. */
const KEPT_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of an address as a browser reads it: spaces and control characters inside it do not hide it. */
function schemeOf(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers skip these characters when they read a scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.replace(/[\u0000-\u0020]/g, ''));
  return scheme?.[1]?.toLowerCase();
}

/** Whether an address may be a link in the site: web, mail, phone, or relative. */
export function isSafeAddress(address: string): boolean {
  const scheme = schemeOf(address);
  return scheme === undefined || KEPT_SCHEMES.has(scheme);
}

/**
 * Whether a link keeps its meaning on the imported site: a web, mail or phone address, or one from a site's root. A
 * fragment (`#make`) or a page-relative address pointed into the timeline's own page, which the site does not have.
 */
const keepsMeaning = (address: string) =>
  isSafeAddress(address) && (schemeOf(address) !== undefined || address.trim().startsWith('/'));

/**
 * Takes out of a tree every link (`<a href>`) whose address is not safe or leads nowhere here, and every image
 * (`<img src>`) not on the web (a relative image pointed into the timeline's own host, which the imported site does
 * not have); a link's words stay in its place, an image gives way to its alt text. Returns the addresses taken
 * out, for the notes.
 */
export function dropUnsafeLinks(tree: Root): string[] {
  const dropped: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
    const address = attribute ? node.properties[attribute] : undefined;
    if (!parent || index === undefined || address === undefined || address === null) return;
    const scheme = schemeOf(String(address));
    if (node.tagName === 'a' ? keepsMeaning(String(address)) : scheme === 'http' || scheme === 'https') return;
    dropped.push(String(address));
    const alt = String(node.properties['alt'] ?? '');
    const words: ElementContent[] = node.tagName === 'a' ? node.children : alt ? [{ type: 'text', value: alt }] : [];
    parent.children.splice(index, 1, ...words);
    return index;
  });
  return dropped;
}

/** A note for each link taken out of a slide's field (`event 3 (“…”), text`). */
export function droppedLinkNotes(place: string, dropped: string[]): string[] {
  return dropped.map(
    (address) =>
      `${place}: link to "${address.length > 60 ? `${address.slice(0, 60)}…` : address}" removed, its words kept ` +
      "(only web, mail and phone links, and addresses from a site's root, are imported)",
  );
}
