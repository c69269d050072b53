/**
 * The words a language puts around dates ("before …", "between … and …"). The core writes every date the site
 * shows, so its words live here, beside the formatter whose output they wrap; the site's UI strings hand out the same.
 */
import type { DateWords } from './dates.ts';

const en: DateWords = {
  circa: (date) => `c. ${date}`,
  before: (date) => `before ${date}`,
  after: (date) => `after ${date}`,
  between: (start, end) => `between ${start} and ${end}`,
  span: (start, end) => `${start} – ${end}`,
  yearsAgo: (amount) => `${amount} years ago`,
};

/**
 * Ukrainian month names as `Intl` writes them without a day ("березень 2025 р."), with their genitive and
 * instrumental forms: after a preposition the name must change case
 * ("після березня 2025 р.", "між березнем і квітнем 2025 р.").
 */
const UK_MONTHS: [nominative: string, genitive: string, instrumental: string][] = [
  ['січень', 'січня', 'січнем'],
  ['лютий', 'лютого', 'лютим'],
  ['березень', 'березня', 'березнем'],
  ['квітень', 'квітня', 'квітнем'],
  ['травень', 'травня', 'травнем'],
  ['червень', 'червня', 'червнем'],
  ['липень', 'липня', 'липнем'],
  ['серпень', 'серпня', 'серпнем'],
  ['вересень', 'вересня', 'вереснем'],
  ['жовтень', 'жовтня', 'жовтнем'],
  ['листопад', 'листопада', 'листопадом'],
  ['грудень', 'грудня', 'груднем'],
];
const UK_MONTH_NAME = new RegExp(`(?<!\\p{L})(${UK_MONTHS.map(([name]) => name).join('|')})(?!\\p{L})`, 'gu');

/** A formatted Ukrainian date with its month name put in the genitive or instrumental case. */
function monthCase(date: string, grammaticalCase: 'genitive' | 'instrumental'): string {
  const column = grammaticalCase === 'genitive' ? 1 : 2;
  return date.replace(UK_MONTH_NAME, (name) => UK_MONTHS.find(([nominative]) => nominative === name)?.[column] ?? name);
}

const uk: DateWords = {
  circa: (date) => `близько ${monthCase(date, 'genitive')}`,
  before: (date) => `до ${monthCase(date, 'genitive')}`,
  after: (date) => `після ${monthCase(date, 'genitive')}`,
  between: (start, end) => `між ${monthCase(start, 'instrumental')} і ${monthCase(end, 'instrumental')}`,
  span: (start, end) => `${start} – ${end}`,
  // After тисяч, мільйона, мільярда (and after any fraction) the noun is always genitive plural.
  yearsAgo: (amount) => `${amount} років тому`,
};

const byLanguage: Record<string, DateWords> = { en, uk };

/** The date words for a BCP 47 language tag, by its primary language, falling back to English. */
export function dateWords(language: string): DateWords {
  return byLanguage[language.split('-')[0]?.toLowerCase() ?? 'en'] ?? en;
}
