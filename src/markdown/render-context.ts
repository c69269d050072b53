/**
 * What a body's plugins are told about it (src/markdown/context.ts), made in one place for every renderer: the site's
 * content loader and the exports. A body's [[id]] points to the linked entry in the body's own language where that
 * entry is translated, and its citations and footnotes are labelled in that language.
 */
import type { ResolvedEntry, ResolvedTranslation, TimelineModel } from '../core/model.ts';
import { entryPath, translationPath } from '../core/paths.ts';
import type { EntryRenderContext } from './context.ts';

/** The words a body's plugins write for screen readers (citation and footnote labels). */
export type BodyWords = Pick<EntryRenderContext, 'citationLabel' | 'footnotesLabel' | 'backToReference'>;

/** The body words out of a language's interface strings (src/i18n's `useStrings(language)`). */
export function bodyWords(strings: { citationLabel: string; footnotes: { heading: string; back: string } }): BodyWords {
  return {
    citationLabel: strings.citationLabel,
    footnotesLabel: strings.footnotes.heading,
    backToReference: strings.footnotes.back,
  };
}

export interface RenderContextOptions {
  /** The address of a page, from its path under the site root (`entries/<id>/`): with the base path, or absolute. */
  href: (path: string) => string;
  /** The body words in a language. */
  words: (language: string) => BodyWords;
  /** Whether bodies are shown away from their pages (exports): citations then link to the source list there. */
  elsewhere?: boolean;
}

/** A body to render: an entry, or a translation (which names its language). */
export type RenderedBody = ResolvedEntry | ResolvedTranslation;

/** Makes the render context of any body of the model: its sources, where its [[id]]s point, its words. */
export function renderContexts(
  model: Pick<TimelineModel, 'site' | 'entries' | 'translations'>,
  options: RenderContextOptions,
): (body: RenderedBody) => EntryRenderContext {
  const entries = new Map(model.entries.map((entry) => [entry.id, entry]));
  const translated = new Map(
    model.translations.map((translation) => [`${translation.language}/${translation.id}`, translation.title]),
  );
  const words = new Map<string, BodyWords>();
  const wordsIn = (language: string) =>
    words.get(language) ?? words.set(language, options.words(language)).get(language);
  const link = (id: string, language: string | undefined) => {
    const title = language ? translated.get(`${language}/${id}`) : undefined;
    const path = language && title ? translationPath(language, id) : entryPath(id);
    return { href: options.href(path), title: title ?? entries.get(id)?.title ?? id };
  };
  return (body) => {
    const language = 'language' in body ? body.language : undefined;
    return {
      // A translation cites its entry's sources.
      sources: entries.get(body.id)?.sources ?? [],
      entryLinks: Object.fromEntries(body.bodyLinks.map((id) => [id, link(id, language)])),
      ...(options.elsewhere
        ? { sourcesPage: options.href(language ? translationPath(language, body.id) : entryPath(body.id)) }
        : {}),
      ...wordsIn(language ?? model.site.language),
    };
  };
}
