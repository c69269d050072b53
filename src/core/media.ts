/**
 * What an entry's media address is: an image the site shows, or a page on a known service (a video, a map, a post)
 * the site links to with a card. The site shows no third-party frames, so every other kind of media is a link.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { Media } from './schema/index.ts';

/** An image shown as an image, or anything else, shown as a link card. */
export type MediaKind = 'image' | 'link';

/** An entry's media as the site shows it: its kind, the service it is on, and the title of its link card. */
export interface ResolvedMedia extends Media {
  kind: MediaKind;
  /** The address an image is loaded from: its `url`, or the image a Wikimedia file page shows. */
  src: string;
  /** The service or site the address belongs to: "YouTube", "Google Maps", or its host name ("example.org"). */
  provider: string;
  /**
   * What a link card is titled: the caption's text, or the entry's title where the caption is missing or holds links
   * (a link cannot hold links; the caption is then shown under the card).
   */
  title: string;
  /** Whether the title is the caption, so the caption is not shown a second time. */
  titleIsCaption: boolean;
}

/** Services TimelineJS embeds (its src/js/media/MediaType.js), by the addresses it recognises them by. */
const PROVIDERS: readonly (readonly [RegExp, string])[] = [
  [/^(www\.|m\.)?youtube\.com$|^youtu\.be$|^(www\.)?youtube-nocookie\.com$/, 'YouTube'],
  [/^(www\.|player\.)?vimeo\.com$/, 'Vimeo'],
  [/^(www\.)?dailymotion\.com$|^dai\.ly$/, 'Dailymotion'],
  [/^(www\.)?vine\.co$/, 'Vine'],
  [/^(www\.)?tiktok\.com$/, 'TikTok'],
  [/^(www\.)?bsky\.app$/, 'Bluesky'],
  [/^(www\.|m\.|w\.|player\.)?soundcloud\.com$/, 'SoundCloud'],
  [/^(www\.|mobile\.)?(twitter|x)\.com$/, 'X (Twitter)'],
  [/^(www\.)?(flickr\.com|flic\.kr)$/, 'Flickr'],
  [/^(www\.)?(instagram\.com|instagr\.am)$/, 'Instagram'],
  [/(^|\.)documentcloud\.org$/, 'DocumentCloud'],
  [/(^|\.)wikipedia\.org$/, 'Wikipedia'],
  [/(^|\.)wikimedia\.org$/, 'Wikimedia Commons'],
  [/(^|\.)imgur\.com$/, 'Imgur'],
  [/^docs\.google\.com$/, 'Google Docs'],
  [/^drive\.google\.com$|\.googledrive\.com$/, 'Google Drive'],
  [/(^|\.)spotify\.com$/, 'Spotify'],
  [/(^|\.)(wistia\.com|wi\.st)$/, 'Wistia'],
  [/(^|\.)knightlab\.com$/, 'Knight Lab'],
];

const IMAGE_FILE = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

/** Whether the address is a map on Google Maps (any Google domain, `/maps` path), as TimelineJS tells them apart. */
const isGoogleMap = (url: URL) =>
  (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && /^\/maps(\/|$)/.test(url.pathname)) ||
  url.hostname === 'maps.google.com' ||
  url.hostname === 'maps.app.goo.gl' ||
  (url.hostname === 'goo.gl' && url.pathname.startsWith('/maps'));

/** The service an http(s) address belongs to: a known one by name, any other by its host name. */
export function mediaProvider(address: string): string {
  const url = new URL(address);
  const host = url.hostname.toLowerCase();
  if (isGoogleMap(url)) return 'Google Maps';
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host.replace(/^www\./, '');
}

/** Whether an address is an image file (by its name's extension), which a page can show in an `<img>`. */
export function isImageAddress(address: string): boolean {
  return IMAGE_FILE.test(new URL(address).pathname);
}

/** The text of inline Markdown (a caption, a credit): its words, links' text included, markup and raw HTML left out. */
export function markdownText(markdown: string): string {
  const tree: Root = fromMarkdown(markdown);
  const words: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words.push(node.value);
    else if (node.type === 'break' || node.type === 'paragraph') words.push(' ');
  });
  return words.join('').replace(/\s+/g, ' ').trim();
}

/**
 * An entry's media as the site shows it: an image (a Wikimedia file page as the image it shows, as TimelineJS does), or
 * a link card titled by its caption or the entry's title.
 */
export function resolveMedia(media: Media, entryTitle: string): ResolvedMedia {
  const caption = media.caption ? markdownText(media.caption) : '';
  const titleIsCaption = Boolean(caption) && !hasLink(media.caption ?? '');
  const src = wikimediaImage(media.url) ?? media.url;
  const kind = isImageAddress(src) ? 'image' : 'link';
  return {
    ...media,
    kind,
    // The pages load images over https only (their Content-Security-Policy): an http image is asked for over https,
    // which nearly every host serves (check warns of the address), rather than never shown.
    src: kind === 'image' ? secureImage(src) : src,
    provider: mediaProvider(media.url),
    title: titleIsCaption ? caption : entryTitle,
    titleIsCaption,
  };
}

/** An image address as the pages load it: http upgraded to https. */
export const secureImage = (address: string): string => address.replace(/^http:\/\//i, 'https://');

/** Whether inline Markdown holds a link (a written one, an autolink, or raw HTML that may be one). */
function hasLink(markdown: string): boolean {
  let found = false;
  visit(fromMarkdown(markdown), (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'html') found = true;
  });
  return found;
}

/** The file namespace's names on Wikimedia wikis: English, and the most used languages' own. */
const FILE_NAMESPACE =
  /^(File|Image|Datei|Bild|Fichier|Archivo|Imagen|Immagine|Ficheiro|Arquivo|Plik|Bestand|Файл|Soubor|Fil|Tiedosto|Dosya)$/i;
const WIKIMEDIA_HOST =
  /(^|\.)(wikipedia|wikimedia|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage)\.org$/;

/**
 * The image a Wikimedia file page shows (`…/wiki/File:Name.jpg`, `…/wiki/Article#/media/File:Name.jpg`, a wiki's own
 * name for the namespace, URL-encoded or not), as an address an `<img>` can load; undefined for any other address
 * and for files that are not images (sound, video, documents stay links to their page).
 *
 * It is the wiki's `Special:FilePath/<name>` rather than the `upload.wikimedia.org/…/a/ab/<name>` address: that one
 * depends on where the file is kept (Commons, or a wiki's own files) and would need its name's MD5, and both break
 * when the file is renamed; Special:FilePath redirects to wherever the file is now, from any Wikimedia wiki, without
 * the importer going on the network. `width` asks for a copy fit for a page, not a 20-megapixel original.
 */
export function wikimediaImage(address: string): string | undefined {
  const url = URL.canParse(address) ? new URL(address) : undefined;
  if (!url || !WIKIMEDIA_HOST.test(url.hostname)) return undefined;
  const page = url.hash.startsWith('#/media/')
    ? url.hash.slice('#/media/'.length)
    : url.pathname.startsWith('/wiki/')
      ? url.pathname.slice('/wiki/'.length)
      : (url.searchParams.get('title') ?? '');
  let title: string;
  try {
    title = decodeURIComponent(page);
  } catch {
    return undefined;
  }
  const [namespace, ...rest] = title.split(':');
  const name = rest.join(':').trim().replace(/ /g, '_');
  if (!namespace || !FILE_NAMESPACE.test(namespace) || !IMAGE_FILE.test(name)) return undefined;
  const host = url.hostname.replace(/\.m\./, '.');
  return `https://${host}/wiki/Special:FilePath/${encodeURIComponent(name)}?width=1280`;
}
