/**
 * The project's one slugger: ids and file names made from titles, group names and file names, by `npm run new`, the
 * importer and the content reader alike.
 */
import slugify from '@sindresorhus/slugify';
import anyAscii from 'any-ascii';

/**
 * A word in a script `@sindresorhus/slugify` has no Latin form for (Hebrew, Chinese, Japanese, Korean, Devanagari…)
 * is romanized by `any-ascii`: 战争 → `zhan-zheng`, מלחמה → `mlhmh`. Its syllables come capitalized (`ZhanZheng`),
 * which is where a word of those scripts splits; the apostrophes it writes for glottal stops are left out.
 */
function romanized(word: string): string {
  return anyAscii(word)
    .replace(/['`]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * Text as an id: lower-case Latin letters, digits and single hyphens. Latin, Cyrillic and Greek are transliterated
 * as `@sindresorhus/slugify` does (Київ → `kiyiv`, Straße → `strasse`), other scripts romanized (see `romanized`).
 * A word's capitals never split it: YouTube → `youtube`, PhD → `phd`. Empty only for text without letters or digits.
 */
export function slug(text: string): string {
  const latin = text
    .normalize('NFC')
    .replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => (slugify(word, { decamelize: false }) ? word : ` ${romanized(word)} `));
  return slugify(latin, { decamelize: false });
}

/** A slug cut to at most `length` characters, never ending in a hyphen. */
export function shortSlug(text: string, length: number): string {
  return slug(text).slice(0, length).replace(/-+$/, '');
}
