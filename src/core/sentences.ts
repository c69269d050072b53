/**
 * Sentences of a text: Unicode's sentence rules (`Intl.Segmenter`, built on ICU, so nothing to install and the same
 * on every machine), then the breaks those rules put after an abbreviation or an initial taken back (abbreviations.ts).
 */
import { ABBREVIATIONS, type Abbreviations } from './abbreviations.ts';

/** A stretch of text, by offsets (`end` excluded), that no sentence break or cut may fall inside: a link's text. */
export interface Span {
  start: number;
  end: number;
}

/** How to read a text: its language, and what must stay whole. */
export interface SentenceOptions {
  /** The text's language (`en`, `uk`, `en-GB`…); by default guessed from its script: Cyrillic is Ukrainian. */
  language?: string | undefined;
  /** Stretches of the text no break may fall inside, such as the texts of its links. */
  unbreakable?: readonly Span[] | undefined;
}

const segmenters = new Map<string, Intl.Segmenter>();
const endings = new WeakMap<Abbreviations, { beforeName: RegExp; mayEnd: RegExp }>();

/** The language whose abbreviations apply: the one given, or the one the text's script suggests. */
function languageOf(text: string, language: string | undefined): string {
  const given = language?.split('-')[0]?.toLowerCase();
  if (given && ABBREVIATIONS[given]) return given;
  return /\p{Script=Cyrillic}/u.test(text) ? 'uk' : 'en';
}

/**
 * A pattern matching text that ends with one of `words`, as a whole word: a full stop before it makes another word
 * ("D.C." does not end with "c."). A word in lower case may be capitalized (it opens a sentence), and a space inside
 * an abbreviation ("т. д.") may be left out ("т.д.").
 */
function endingPattern(words: readonly string[]): RegExp {
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\. /g, '\\.\\s*');
  const forms = words.flatMap((word) => {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    return capital === word ? [escape(word)] : [escape(word), escape(capital)];
  });
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${forms.join('|')})$`, 'u');
}

function endingsOf(table: Abbreviations): { beforeName: RegExp; mayEnd: RegExp } {
  let found = endings.get(table);
  if (!found) {
    found = { beforeName: endingPattern(table.beforeName), mayEnd: endingPattern(table.mayEnd) };
    endings.set(table, found);
  }
  return found;
}

/**
 * Whether the sentence so far goes on into the next piece, where Unicode's rules put a break: after an abbreviation,
 * an initial, letters with full stops or an ellipsis. A question or exclamation mark, and a full stop inside quotes
 * or brackets (`He said "stop." Then…`), end a sentence as the rules say.
 */
function continues(before: string, after: string, table: Abbreviations): boolean {
  const end = before.trimEnd();
  const next = after.trimStart();
  // An ellipsis leaves words out; it ends no summary (Unicode's rules agree for "…", but not for "...").
  if (/(?:\.\.\.|…)$/u.test(end)) return true;
  if (!end.endsWith('.')) return false;
  const lowerOrNumber = /^[\p{Ll}\p{N}]/u.test(next);
  const patterns = endingsOf(table);
  if (patterns.beforeName.test(end)) return true;
  if (patterns.mayEnd.test(end)) return lowerOrNumber;
  const word = end.slice(end.search(/\S+$/u)).replace(/^[^\p{L}]+/u, '');
  // "John F. Kennedy", "Т. Шевченко", "the U.S. Army", "Washington, D.C. The city…"
  if (/^\p{Lu}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word)) {
    const nextWord = /^\p{L}+/u.exec(next)?.[0] ?? '';
    return lowerOrNumber || !table.openers.includes(nextWord);
  }
  return lowerOrNumber;
}

/** The sentences of a text, each with the spaces after it: "Mr. Smith left St. Louis. He…" is two. */
export function sentences(text: string, options: SentenceOptions = {}): string[] {
  const language = languageOf(text, options.language);
  const table = ABBREVIATIONS[language] ?? ABBREVIATIONS['en'];
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  const unbreakable = options.unbreakable ?? [];
  const found: string[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const last = found.at(-1);
    const inside = unbreakable.some((span) => span.start < index && index < span.end);
    if (last !== undefined && (inside || (table && continues(last, segment, table))))
      found[found.length - 1] += segment;
    else found.push(segment);
  }
  return found;
}

/**
 * A text cut at a space at most `limit` characters in, with an ellipsis: never inside a word or an unbreakable span.
 * Where no such space comes early enough, the cut comes at the first one after (a word is never broken).
 */
export function cutAtWord(text: string, limit: number, unbreakable: readonly Span[] = []): string {
  const whole = text.trimEnd();
  if (whole.length <= limit) return whole;
  let cut: number | undefined;
  for (const { index } of whole.matchAll(/\s+/gu)) {
    if (index === 0 || unbreakable.some((span) => span.start < index && index < span.end)) continue;
    if (index <= limit) cut = index;
    else {
      cut ??= index;
      break;
    }
  }
  const kept = whole.slice(0, cut ?? whole.length).replace(/[\s,;:(–—-]+$/u, '');
  return kept.length < whole.length ? `${kept}…` : kept;
}

/**
 * The first sentence of a text, cut at a word with an ellipsis if it is longer than `limit` characters. Offsets in
 * `options.unbreakable` are offsets in `text`.
 */
export function firstSentence(text: string, limit = 200, options: SentenceOptions = {}): string {
  const sentence = sentences(text, options)[0] ?? text;
  const lead = sentence.length - sentence.trimStart().length;
  const spans = (options.unbreakable ?? []).map((span) => ({ start: span.start - lead, end: span.end - lead }));
  return cutAtWord(sentence.trimStart(), limit, spans);
}
