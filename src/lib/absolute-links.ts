/** Site links in rendered HTML made absolute, for HTML read away from its page (timeline.json). */

/**
 * `href="#source-1"` and `href="/entries/…/"` in `html` (the sanitizer's serialized output, so attributes are always
 * double-quoted) as full addresses, resolved against the page the HTML was rendered for. Other links are left as
 * they are.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(/ href="([#/][^"]*)"/g, (_match, href: string) => ` href="${new URL(href, pageUrl).href}"`);
}
