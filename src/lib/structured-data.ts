/**
 * schema.org JSON-LD for entry pages: the development as a NewsArticle (its time span, people, sources as
 * citations) and, when the entry rates a claim, a ClaimReview as fact-check tools read it.
 */
import type { ClaimReview, CreativeWork, NewsArticle, Person, WithContext } from 'schema-dts';
import { formatIso, type PartialDate } from '../core/dates.ts';
import { optional } from '../core/optional.ts';
import { personPath } from '../core/paths.ts';
import type { ResolvedEntry } from '../core/model.ts';
import type { TimelineView } from './timeline.ts';
import { pageAddress } from './url.ts';

/**
 * A date as schema.org reads it: ISO 8601 in its basic four-digit years. A year before 1 AD or after 9999 needs the
 * expanded form, which readers of schema.org do not accept, so such a date is left out rather than written invalid.
 */
const schemaDate = (date: PartialDate) => (date.year >= 1 && date.year <= 9999 ? formatIso(date) : undefined);

/**
 * An ISO 8601 date or interval for the entry's time ("../2025-01-20" for "before 20 January 2025"), or undefined for
 * a time schema.org cannot express (44 BC, 13.8 billion years ago).
 */
export function temporalCoverage(entry: ResolvedEntry): string | undefined {
  const start = schemaDate(entry.spec.start);
  const end = entry.spec.end ? schemaDate(entry.spec.end) : undefined;
  if (start === undefined || (entry.spec.end && end === undefined)) return undefined;
  if (entry.spec.qualifier === 'before') return `../${start}`;
  if (entry.spec.qualifier === 'after') return `${start}/..`;
  return end ? `${start}/${end}` : start;
}

/** The JSON-LD objects for an entry page at `pagePath`. */
export function entryStructuredData(
  entry: ResolvedEntry,
  view: TimelineView,
  pagePath: string,
): WithContext<NewsArticle | ClaimReview>[] {
  const url = pageAddress(pagePath);
  const publisher = { '@type': 'Organization' as const, name: view.site.title, url: pageAddress('') };
  const people: Person[] = entry.people.map((id) => ({
    '@type': 'Person',
    name: view.person.get(id)?.name ?? id,
    url: pageAddress(personPath(id)),
  }));
  const citations: CreativeWork[] = entry.sources.map((source) => ({
    '@type': 'CreativeWork',
    name: source.title ?? source.outletName ?? source.note ?? `Source ${source.number}`,
    ...(source.url ? { url: source.url } : {}),
    ...(source.archived ? { archivedAt: source.archived } : {}),
    ...(source.outletName
      ? {
          publisher: {
            '@type': 'Organization',
            name: source.outletName,
            ...(source.outletUrl ? { url: source.outletUrl } : {}),
          },
        }
      : {}),
    ...(source.published?.datetime ? { datePublished: source.published.datetime } : {}),
    ...(source.quote ? { text: source.quote } : {}),
  }));
  const article: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.title,
    description: entry.summary,
    url,
    mainEntityOfPage: url,
    ...optional('temporalCoverage', temporalCoverage(entry)),
    ...(entry.published?.datetime ? { datePublished: entry.published.datetime } : {}),
    ...(entry.lastUpdated?.datetime ? { dateModified: entry.lastUpdated.datetime } : {}),
    ...(people.length ? { about: people } : {}),
    ...(citations.length ? { citation: citations } : {}),
    publisher,
    isPartOf: { '@type': 'WebSite', name: view.site.title, url: pageAddress('') },
  };
  const { claim } = entry;
  if (!claim?.rating) return [article];
  const review: WithContext<ClaimReview> = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.text,
    ...optional(
      'datePublished',
      entry.published?.datetime ?? entry.lastUpdated?.datetime ?? schemaDate(entry.spec.start),
    ),
    author: publisher,
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.rating.label,
      ...(claim.rating.value !== undefined ? { ratingValue: claim.rating.value } : {}),
      ...(claim.rating.best !== undefined ? { bestRating: claim.rating.best } : {}),
      ...(claim.rating.worst !== undefined ? { worstRating: claim.rating.worst } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claim.author.person
        ? { '@type': 'Person', name: claim.author.name, url: pageAddress(personPath(claim.author.person)) }
        : { '@type': 'Person', name: claim.author.name },
      ...(claim.date ? { datePublished: claim.date.iso } : {}),
      ...(claim.appearance ? { appearance: { '@type': 'CreativeWork', url: claim.appearance } } : {}),
    },
  };
  return [article, review];
}

/** JSON for a `<script type="application/ld+json">`, with `<` escaped so no text can close the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
