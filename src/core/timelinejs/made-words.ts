/**
 * The words an import writes into a site's content where the timeline has none of its own (no title slide, a slide
 * without a headline or text), in the site's language: a Ukrainian site gets no English title.
 */
export interface MadeWords {
  /** The locale dates are written in, in those titles. */
  locale: string;
  /** The site's and the timeline's storyline's title when the title slide has no headline. */
  untitled: string;
  /** The site's description when the title slide has no text. */
  description: string;
  /** A made-up title for an event or an era known only by its date, the date as a reader sees it. */
  dated: (kind: 'event' | 'era', date: string) => string;
}

const WORDS: Record<string, MadeWords> = {
  en: {
    locale: 'en',
    untitled: 'Timeline',
    description: 'A timeline imported from TimelineJS.',
    dated: (kind, date) => `${kind === 'era' ? 'Era' : 'Event'} of ${date}`,
  },
  uk: {
    locale: 'uk',
    untitled: 'Хронологія',
    description: 'Хронологія, перенесена з TimelineJS.',
    dated: (kind, date) => `${kind === 'era' ? 'Доба' : 'Подія'}: ${date}`,
  },
};

/** The made-up words for a site in `language` (a BCP 47 tag, as site.yaml writes it); English for any other. */
export function madeWords(language: string | undefined): MadeWords {
  return WORDS[(language ?? '').toLowerCase().split('-')[0] ?? ''] ?? (WORDS['en'] as MadeWords);
}
