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

/** Letters only Ukrainian writes among the Cyrillic alphabets: a text with one of them is Ukrainian. */
const UKRAINIAN = /[ґєіїҐЄІЇ]/;
/** Ukraine's official romanization (Cabinet of Ministers resolution 55, 2010), as on passports and road signs. */
const UKRAINIAN_LATIN: Record<string, string> = Object.fromEntries([
  ...[...'абвгґдеєжзиіїйклмнопрстуфхцчшщюя'].map((letter, index) => [
    letter,
    'a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch iu ia'.split(' ')[index],
  ]),
  ['ь', ''],
]);
/** At the start of a word these letters are written as they sound there: Євген → Yevhen, Їжак → Yizhak. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

/** A Ukrainian word in Latin letters: Київ → kyiv, Згорани → zghorany (зг is zgh, so it is not read as ж). */
function ukrainianLatin(word: string): string {
  return [...word.toLowerCase().replace(/зг/g, 'zgh')]
    .map((letter, index) => (index === 0 && UKRAINIAN_INITIAL[letter]) || (UKRAINIAN_LATIN[letter] ?? letter))
    .join('');
}

/** Lower-case Latin letters and digits in groups joined by single hyphens: what `slug` makes, and gives back. */
const ALREADY_A_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a language tag is Ukrainian's (`uk`, `uk-UA`). */
const isUkrainian = (language: string) => /^uk(-|$)/i.test(language);

/**
 * Text as an id: lower-case Latin letters, digits and single hyphens. Ukrainian follows Ukraine's official
 * romanization (Київ → `kyiv`, Город → `horod`): all Cyrillic on a site whose `language` is Ukrainian, else a text
 * with і, ї, є or ґ. Latin, other Cyrillic and Greek are transliterated as `@sindresorhus/slugify` does (Straße →
 * `strasse`), other scripts romanized (see `romanized`). A word's capitals never split it: YouTube → `youtube`,
 * PhD → `phd`. Empty only for text without letters or digits.
 */
export function slug(text: string, language = ''): string {
  // Most texts slugged are file names that are slugs already: slugifying one gives it back (a tenth of reading an
  // archive's files went to slugifying their names, word by word).
  if (ALREADY_A_SLUG.test(text)) return text;
  const ukrainian = isUkrainian(language) || UKRAINIAN.test(text);
  // An apostrophe inside a Ukrainian word (м’ята) is not written in Latin letters: the word stays one.
  const words = ukrainian ? text.replace(/(\p{L})['’ʼ](\p{L})/gu, '$1$2') : text;
  const latin = words.normalize('NFC').replace(/\p{L}[\p{L}\p{M}]*/gu, (word) => {
    if (ukrainian && /\p{Script=Cyrillic}/u.test(word)) return ukrainianLatin(word);
    return slugify(word, { decamelize: false }) ? word : ` ${romanized(word)} `;
  });
  return slugify(latin, { decamelize: false });
}

/** A slug cut to at most `length` characters, never ending in a hyphen. */
export function shortSlug(text: string, length: number, language = ''): string {
  return slug(text, language).slice(0, length).replace(/-+$/, '');
}
