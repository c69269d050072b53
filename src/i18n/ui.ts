/** Every word the site prints that does not come from content, per language; pages ask `useStrings(language)`. */
import { en } from './en.ts';
import type { UiStrings } from './types.ts';
import { uk } from './uk.ts';

export type { SearchStrings, UiStrings } from './types.ts';

const languages: Record<string, UiStrings> = { en, uk };

/** The UI strings for a BCP 47 language tag, by its primary language, falling back to English. */
export function useStrings(language: string): UiStrings {
  return languages[language.split('-')[0]?.toLowerCase() ?? 'en'] ?? en;
}

/** A language's name in itself, for the language switcher: ours where the site has its words, else the browser's. */
export function languageName(language: string): string {
  const ours = languages[language.split('-')[0]?.toLowerCase() ?? ''];
  if (ours) return ours.languageName;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
