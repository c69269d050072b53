/**
 * A TimelineJS slide's media into this model: an entry's `media` (an image, or an address the site shows as a link
 * card), or a quotation for the body; captions and credits kept as inline Markdown with their links, and everything
 * left out noted.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { htmlToMarkdown, parseHtml } from '../html-text.ts';
import { isImageAddress, secureImage, wikimediaImage } from '../media.ts';
import type { TLMedia } from './format.ts';
import { droppedLinkNotes, dropUnsafeLinks } from './links.ts';
import { withoutTracking } from './tracking.ts';

/** What a slide's media becomes: the entry's media, and Markdown to add to the end of its body. */
export interface ConvertedMedia {
  media?: Record<string, string>;
  quotation?: string;
}

/** The media fields this model keeps (TimelineJS also has `title`, `link` and `link_target`, which are noted). */
const KEPT_FIELDS = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt']);

const isHttp = (address: string) => /^https?:\/\//i.test(address);
/**
 * An address as the web reads it: a protocol-relative one (`//host/…`) as https, and a Spotify URI
 * (`spotify:track:ID`, which TimelineJS opens) as the open.spotify.com page it stands for.
 */
const absolute = (address: string) => {
  if (address.startsWith('//')) return `https:${address}`;
  const spotify = /^spotify:((?:[\w-]+:)*[\w-]+)$/i.exec(address);
  return spotify ? `https://open.spotify.com/${(spotify[1] ?? '').split(':').join('/')}` : address;
};

/** A caption and credit as one line under what they describe: "Caption — Credit". */
const captionLine = ({ caption, credit }: { caption: string; credit: string }) =>
  caption && credit ? `${caption} — ${credit}` : caption || (credit && `— ${credit}`);

/**
 * HTML of a caption or credit as one line of inline Markdown: its words, links and emphasis, line breaks and
 * paragraphs joined by spaces (the schema's caption and credit are single lines), everything else left as its text.
 * Links that are not web or mail addresses are taken out, their words kept, and named in a note at `place`.
 */
export async function inlineMarkdown(html: string | undefined, place = '', notes: string[] = []): Promise<string> {
  if (!html?.trim()) return '';
  const tree = parseHtml(html);
  notes.push(...droppedLinkNotes(place, dropUnsafeLinks(tree)));
  const markdown = await htmlToMarkdown(wordsLinksAndEmphasis(tree));
  return markdown.replace(/\s+/g, ' ').trim();
}

/** Converts a slide's media; `name` names the slide in the notes. */
export async function convertMedia(media: TLMedia | undefined, name: string, notes: string[]): Promise<ConvertedMedia> {
  if (!media) return {};
  const raw = media.url?.trim() ?? '';
  const caption = await inlineMarkdown(media.caption, `${name}, media caption`, notes);
  const credit = await inlineMarkdown(media.credit, `${name}, media credit`, notes);
  const unused = Object.entries(media).filter(([key, value]) => !KEPT_FIELDS.has(key) && String(value ?? '').trim());
  if (unused.length) notes.push(`${name}: media fields not imported: ${unused.map(([key]) => key).join(', ')}`);
  if (!raw) {
    if (caption || credit) notes.push(`${name}: media without an address${keptWords({ caption, credit })}`);
    return wordsOnly({ caption, credit });
  }
  if (raw.startsWith('<')) return convertHtmlMedia(raw, { caption, credit }, name, notes, media);
  const url = withoutTracking(absolute(raw));
  if (!isHttp(url) || !URL.canParse(url)) {
    const words = { caption, credit };
    notes.push(`${name}: media "${raw}" left out (only http and https addresses can be kept)${keptWords(words)}`);
    return wordsOnly(words);
  }
  return { media: mediaRecord(secured(url, name, notes), { caption, credit }, media, name, notes) };
}

/** An image at an http address as https, noted: the site's pages load images over https only. */
function secured(url: string, name: string, notes: string[]): string {
  if (!/^http:/i.test(url) || !isImageAddress(url)) return url;
  notes.push(`${name}: media image written with https (the site's pages load images over https only)`);
  return secureImage(url);
}

/** The entry's media record: a Wikimedia file page as its image (the page kept as the credit's link). */
function mediaRecord(
  url: string,
  words: { caption: string; credit: string },
  media: TLMedia,
  name: string,
  notes: string[],
): Record<string, string> {
  const image = wikimediaImage(url);
  let { credit } = words;
  if (image && !/\]\(/.test(credit)) credit = `[${credit || 'Wikimedia Commons'}](${url})`;
  const thumbnail = media.thumbnail?.trim() ? absolute(media.thumbnail.trim()) : '';
  if (thumbnail && !isHttp(thumbnail))
    notes.push(`${name}: media thumbnail "${thumbnail}" left out (not http or https)`);
  return {
    url: image ?? url,
    ...(words.caption ? { caption: words.caption } : {}),
    ...(credit ? { credit } : {}),
    ...(media.alt?.trim() ? { alt: media.alt.trim() } : {}),
    ...(thumbnail && isHttp(thumbnail) ? { thumbnail } : {}),
  };
}

/**
 * Media given as HTML. A frame becomes a link to its address (the site shows no third-party frames); an embedded
 * post (`<blockquote class="twitter-tweet">`) a quotation and a link card to the post; any other quotation stays a
 * quotation in the body, its `<cite>` as an attribution line, its caption and credit under it.
 */
async function convertHtmlMedia(
  html: string,
  words: { caption: string; credit: string },
  name: string,
  notes: string[],
  media: TLMedia,
): Promise<ConvertedMedia> {
  const tree = parseHtml(html);
  const frame = findElement(tree, 'iframe');
  if (frame) {
    const src = withoutTracking(absolute(String(frame.properties['src'] ?? '').trim()));
    if (isHttp(src) && URL.canParse(src)) {
      notes.push(`${name}: iframe media kept as a link to ${src} (the site shows no frames)`);
      return { media: mediaRecord(src, words, media, name, notes) };
    }
    notes.push(`${name}: iframe media left out (it has no http or https address)${keptWords(words)}`);
    return wordsOnly(words);
  }
  notes.push(...droppedLinkNotes(`${name}, media`, dropUnsafeLinks(tree)));
  moveCitesToAttribution(tree);
  const quotation = await htmlToMarkdown(tree);
  if (!quotation) {
    notes.push(`${name}: media HTML left out (nothing in it to keep)${keptWords(words)}`);
    return wordsOnly(words);
  }
  const post = embeddedPost(tree);
  if (post) return { quotation, media: mediaRecord(post, words, media, name, notes) };
  const under = captionLine(words);
  if (media.alt?.trim() || media.thumbnail?.trim())
    notes.push(`${name}: alt text and thumbnail of quoted media not imported (a quotation has neither)`);
  return { quotation: under ? `${quotation}\n\n${under}` : quotation };
}

/** Elements whose words stand apart from what follows them. */
const BLOCK = /^(p|div|li|ul|ol|blockquote|h[1-6]|tr|td|th)$/;

/** Elements of a caption kept as Markdown: links, and emphasis (the titles of works are set in italics). */
const INLINE_KEPT = new Set(['a', 'em', 'i', 'strong', 'b']);

/** A tree with only text, links and emphasis left: every other element gives way to its content. */
function wordsLinksAndEmphasis(tree: Root): Root {
  const keep = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type === 'text') return [node];
      if (node.type !== 'element') return [];
      if (node.tagName === 'br') return [{ type: 'text', value: ' ' }];
      if (INLINE_KEPT.has(node.tagName)) return [{ ...node, children: keep(node.children) }];
      // A block's words stay apart from the next block's.
      return BLOCK.test(node.tagName) ? [...keep(node.children), { type: 'text', value: ' ' }] : keep(node.children);
    });
  return { type: 'root', children: keep(tree.children as ElementContent[]) };
}

const keptWords = ({ caption, credit }: { caption: string; credit: string }) =>
  caption || credit ? '; its caption and credit kept at the end of the text' : '';

/** What is left of media that cannot be kept: its caption and credit, as a line at the end of the body. */
const wordsOnly = (words: { caption: string; credit: string }): ConvertedMedia =>
  words.caption || words.credit ? { quotation: captionLine(words) } : {};

function findElement(tree: Root, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!found && node.tagName === tagName) found = node;
  });
  return found;
}

/** The address of the post an embedded tweet quotes: its last link to a status. */
function embeddedPost(tree: Root): string | undefined {
  const quote = findElement(tree, 'blockquote');
  if (!String(quote?.properties['className'] ?? '').includes('twitter-tweet')) return undefined;
  let post: string | undefined;
  visit(quote as Element, 'element', (node: Element) => {
    const href = withoutTracking(absolute(String(node.properties['href'] ?? '')));
    if (node.tagName === 'a' && isHttp(href) && /\/status\/\d+/.test(href)) post = href;
  });
  return post;
}

/**
 * Each `<cite>` leaves the running text and ends the quotation as its own line, "— Author", as a quotation's
 * attribution is printed.
 */
function moveCitesToAttribution(tree: Root): void {
  const cites: ElementContent[][] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'cite' || !parent || index === undefined) return;
    cites.push(node.children);
    parent.children.splice(index, 1);
    return index;
  });
  if (!cites.length) return;
  const attribution: Element = {
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [
      { type: 'text', value: '— ' },
      ...cites.flatMap((children, n) => (n ? [{ type: 'text' as const, value: ', ' }, ...children] : children)),
    ],
  };
  const quote = findLast(tree, 'blockquote');
  (quote ?? tree).children.push(attribution);
}

function findLast(tree: Root, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found = node;
  });
  return found;
}
