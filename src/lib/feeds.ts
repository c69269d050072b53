/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 from the same items, written by feedsmith (never by string concatenation). */
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { FeedItem, FeedSource } from '../core/feed-items.ts';
import type { UiStrings } from '../i18n/ui.ts';
import { absoluteUrl } from './url.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** Each format's file name and media type. */
export const FEED_FILES: Record<FeedFormat, { file: string; type: string }> = {
  rss: { file: 'feed.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
};

export interface FeedSpec {
  title: string;
  description: string;
  language: string;
  /** The page the feed follows, absolute. */
  homeUrl: string;
  /** Where this feed itself lives, absolute (per format). */
  feedUrl: (format: FeedFormat) => string;
  items: FeedItem[];
  strings: UiStrings;
}

/**
 * Atom needs a date on every entry, and RFC 3339 writes none before year 0000: an entry dated before AD 1 (or deep in
 * time) with no publication date gets that earliest instant, so it sorts first and reads as undated, never as 1970.
 */
const EARLIEST = new Date('0000-01-01T00:00:00Z');

/**
 * The text of an item: its date in words, its summary, every correction or update, dated, and the numbered sources
 * with what the last link check found, as the entry page shows them.
 */
function itemText(item: FeedItem, strings: UiStrings): string {
  const updates = item.updates.map(
    (update) =>
      `${strings.updateKinds[update.kind as keyof UiStrings['updateKinds']] ?? update.kind} ` +
      `(${update.dateText}): ${update.note}`,
  );
  // Numbered as on the entry page, so a source with nothing a feed can show (only a quote) keeps its number unused.
  const numbered = item.sources.flatMap((source, index) => {
    const text = sourceText(source, strings);
    return text ? [`${index + 1}. ${text}`] : [];
  });
  const sources = numbered.length ? [`${strings.sources}:\n${numbered.join('\n')}`] : [];
  return [item.summary ? `${item.dateText}. ${item.summary}` : `${item.dateText}.`, ...updates, ...sources].join(
    '\n\n',
  );
}

/** One source as a line of text: its name and address, then whether the original and its copy still answer. */
function sourceText(source: FeedSource, strings: UiStrings): string {
  const gone = (dead: string | undefined, what: string) => (dead ? `${what}, ${strings.checkedOn} ${dead}` : '');
  const status = [
    gone(source.urlDead, strings.originalGone),
    source.archived ? `${strings.archived}: ${source.archived}` : '',
    gone(source.archivedDead, strings.archivedGone),
  ].filter(Boolean);
  const named = [source.name, source.url].filter(Boolean).join(': ');
  return [named, status.length ? `(${status.join('; ')})` : ''].filter(Boolean).join(' ');
}

/** One feed in one format. */
export function renderFeed(spec: FeedSpec, format: FeedFormat): string {
  const newest = spec.items.reduce<Date | undefined>((latest, item) => {
    const date = item.updated ?? item.published;
    return date && (!latest || date > latest) ? date : latest;
  }, undefined);
  if (format === 'json') {
    return `${JSON.stringify(
      generateJsonFeed({
        title: spec.title,
        description: spec.description,
        language: spec.language,
        home_page_url: spec.homeUrl,
        feed_url: spec.feedUrl('json'),
        items: spec.items.map((item) => ({
          id: absoluteUrl(item.path),
          url: absoluteUrl(item.path),
          title: item.title,
          ...(item.summary ? { summary: item.summary } : {}),
          content_text: itemText(item, spec.strings),
          ...(item.published ? { date_published: item.published } : {}),
          ...(item.updated ? { date_modified: item.updated } : {}),
        })),
      }),
      null,
      2,
    )}\n`;
  }
  if (format === 'atom') {
    return xmlCharacters(
      generateAtomFeed({
        id: spec.homeUrl,
        title: { value: spec.title },
        subtitle: { value: spec.description },
        updated: newest ?? EARLIEST,
        links: [{ href: spec.homeUrl }, { href: spec.feedUrl('atom'), rel: 'self', type: FEED_FILES.atom.type }],
        entries: spec.items.map((item) => ({
          id: absoluteUrl(item.path),
          title: { value: item.title },
          updated: item.updated ?? item.published ?? EARLIEST,
          ...(item.published ? { published: item.published } : {}),
          links: [{ href: absoluteUrl(item.path) }],
          summary: { value: itemText(item, spec.strings) },
        })),
      }),
    );
  }
  return xmlCharacters(
    generateRssFeed({
      title: spec.title,
      link: spec.homeUrl,
      description: spec.description,
      language: spec.language,
      ...(newest ? { lastBuildDate: newest } : {}),
      atom: { links: [{ href: spec.feedUrl('rss'), rel: 'self', type: FEED_FILES.rss.type }] },
      items: spec.items.map((item) => ({
        title: item.title,
        link: absoluteUrl(item.path),
        guid: { value: absoluteUrl(item.path), isPermaLink: true },
        description: itemText(item, spec.strings),
        ...(item.published ? { pubDate: item.published } : {}),
      })),
    }),
  );
}

/**
 * Characters XML 1.0 forbids anywhere (control characters other than tab and line breaks, lone surrogates, U+FFFE and
 * U+FFFF) left out: a title or a source holding one would make the whole feed unreadable to a feed reader.
 */
function xmlCharacters(xml: string): string {
  return xml.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
