/** Astro's collections, both filled from the content core (see src/loaders/timeline-loader.ts). */
import { defineCollection } from 'astro:content';
import { timelineLoader } from './loaders/timeline-loader.ts';

export const collections = {
  /** Published entries, each with its rendered body. */
  entries: defineCollection({ loader: timelineLoader('entries') }),
  /** Translated entries, keyed `language/id`, each with its rendered body. */
  translations: defineCollection({ loader: timelineLoader('translations') }),
  /** Site settings, years, threads, people, topics and outlets, keyed `kind/id`. */
  records: defineCollection({ loader: timelineLoader('records') }),
};
