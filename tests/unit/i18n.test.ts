import { describe, expect, it } from 'vitest';
import { fill, plural } from '../../src/i18n/format.ts';
import { useStrings, type UiStrings } from '../../src/i18n/ui.ts';
import { uk } from '../../src/i18n/uk.ts';

const en = useStrings('en');

/** Strings that are the same in both languages: names of feed formats. */
const SHARED = new Set(['feeds.rss', 'feeds.atom', 'feeds.json']);
/** Functions whose output has no words, only a dash between dates. */
const WORDLESS = new Set(['dates.span']);
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** Functions of counts and positions take numbers; the rest take text already written (dates, years, titles). */
const NUMERIC = new Set([
  'earlierEntries',
  'entriesCount',
  'sourcesCount',
  'threadPosition',
  'pages.position',
  'scale.gap',
  'storyScale.group',
  ...['minute', 'hour', 'day', 'week', 'month', 'year'].map((unit) => `storyScale.gap.${unit}`),
]);
const NUMBERS = [1, 2, 5, 21];
const TEXTS = ['2025', '1 січня 2025 р.', 'Переговори'];

type Leaf = { path: string; en: unknown; uk: unknown };

/** Every leaf of `en` paired with the value at the same path in `uk`. */
function leaves(english: unknown, ukrainian: unknown, path = ''): Leaf[] {
  if (english === null || typeof english !== 'object') return [{ path, en: english, uk: ukrainian }];
  const theirs = (ukrainian ?? {}) as Record<string, unknown>;
  return Object.entries(english as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, theirs[key], path ? `${path}.${key}` : key),
  );
}

function callWith(fn: (...args: never[]) => unknown, sample: number | string): unknown {
  return (fn as (...args: (number | string)[]) => unknown)(...Array.from({ length: fn.length }, () => sample));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('useStrings', () => {
  it('gives Ukrainian for uk and for regional Ukrainian tags', () => {
    expect(useStrings('uk')).toBe(uk);
    expect(useStrings('uk-UA')).toBe(uk);
    expect(useStrings('UK-ua')).toBe(uk);
    expect(useStrings('uk').nav.timeline).toBe('Хронологія');
    expect(useStrings('uk-UA').nav.timeline).not.toBe(en.nav.timeline);
  });

  it('leaves English unchanged, and still falls back to it', () => {
    const british = useStrings('en-GB');
    expect(british).toBe(en);
    expect(british.nav.timeline).toBe('Timeline');
    expect(british.skipToContent).toBe('Skip to content');
    expect(british.entriesCount(1)).toBe('1 entry');
    expect(british.entriesCount(5)).toBe('5 entries');
    expect(british.dates.circa('2025')).toBe('c. 2025');
    expect(british.search.results).toEqual({
      one: '{count} entry matches “{query}”.',
      other: '{count} entries match “{query}”.',
    });
    expect(useStrings('de-AT')).toBe(en);
  });
});

describe('Ukrainian strings', () => {
  const pairs = leaves(en, uk);

  it('cover every key of the English strings', () => {
    expect(pairs.length).toBeGreaterThan(100);
    const missing = pairs.filter((pair) => pair.uk === undefined).map((pair) => pair.path);
    expect(missing).toEqual([]);
  });

  it('add no keys of their own, except plural categories', () => {
    const extra = (english: unknown, ukrainian: unknown, path: string): string[] => {
      if (ukrainian === null || typeof ukrainian !== 'object') return [];
      const ours = english as Record<string, unknown>;
      return Object.entries(ukrainian as Record<string, unknown>).flatMap(([key, value]) => {
        const at = `${path}.${key}`;
        if (!(key in ours)) return PLURAL_CATEGORIES.has(key) ? [] : [at];
        return extra(ours[key], value, at);
      });
    };
    expect(extra(en, uk, '')).toEqual([]);
  });

  it('have a translated, non-empty value of the same type at every path', () => {
    for (const { path, en: english, uk: ukrainian } of pairs) {
      expect(typeof ukrainian, path).toBe(typeof english);
      if (typeof english === 'string') {
        expect((ukrainian as string).trim().length, path).toBeGreaterThan(0);
        if (!SHARED.has(path)) expect(ukrainian, path).not.toBe(english);
        expect(placeholders(ukrainian as string), path).toEqual(placeholders(english));
      }
    }
  });

  it('have functions that return Ukrainian text for every sample argument', () => {
    const functions = pairs.filter((pair) => typeof pair.en === 'function');
    expect(functions.length).toBe(26);
    for (const { path, en: english, uk: ukrainian } of functions) {
      const ours = ukrainian as (...args: never[]) => unknown;
      expect(ours.length, path).toBe((english as (...args: never[]) => unknown).length);
      for (const sample of NUMERIC.has(path) ? NUMBERS : TEXTS) {
        const text = callWith(ours, sample);
        const label = `${path}(${String(sample)})`;
        expect(typeof text, label).toBe('string');
        expect((text as string).trim().length, label).toBeGreaterThan(0);
        expect(text, label).not.toMatch(/[A-Za-z]/);
        if (!WORDLESS.has(path))
          expect(text, label).not.toBe(callWith(english as (...args: never[]) => unknown, sample));
        if (typeof sample === 'string') expect(text, label).toContain(sample);
        else expect(text, label).toContain(String(sample));
      }
    }
  });

  it('choose the right noun form for entry counts', () => {
    expect(uk.entriesCount(1)).toBe('1 запис');
    expect(uk.entriesCount(2)).toBe('2 записи');
    expect(uk.entriesCount(4)).toBe('4 записи');
    expect(uk.entriesCount(5)).toBe('5 записів');
    expect(uk.entriesCount(11)).toBe('11 записів');
    expect(uk.entriesCount(12)).toBe('12 записів');
    expect(uk.entriesCount(21)).toBe('21 запис');
    expect(uk.entriesCount(22)).toBe('22 записи');
    expect(uk.entriesCount(25)).toBe('25 записів');
    expect(uk.entriesCount(0)).toBe('0 записів');
    expect(uk.entriesCount(101)).toBe('101 запис');
    expect(uk.entriesCount(111)).toBe('111 записів');
  });

  it('choose the right noun form for source counts and earlier entries', () => {
    expect(uk.sourcesCount(1)).toBe('1 джерело');
    expect(uk.sourcesCount(3)).toBe('3 джерела');
    expect(uk.sourcesCount(5)).toBe('5 джерел');
    expect(uk.sourcesCount(21)).toBe('21 джерело');
    expect(uk.sourcesCount(24)).toBe('24 джерела');
    expect(uk.sourcesCount(25)).toBe('25 джерел');
    expect(uk.earlierEntries(1)).toContain('1 давніший запис');
    expect(uk.earlierEntries(2)).toContain('2 давніші записи');
    expect(uk.earlierEntries(5)).toContain('5 давніших записів');
    expect(uk.earlierEntries(21)).toContain('21 давніший запис');
  });

  it('word dates in Ukrainian', () => {
    expect(uk.dates.circa('2025')).toBe('близько 2025');
    expect(uk.dates.before('20 січня 2025 р.')).toBe('до 20 січня 2025 р.');
    expect(uk.dates.between('1 січня 2025 р.', '3 лютого 2025 р.')).toBe('між 1 січня 2025 р. і 3 лютого 2025 р.');
    expect(uk.dates.between('2024', '2025')).toBe('між 2024 і 2025');
    expect(uk.dates.span('2024', '2025')).toBe('2024 – 2025');
    expect(uk.dates.span('січень 2025 р.', 'березень 2025 р.')).toBe('січень 2025 р. – березень 2025 р.');
  });

  it('decline month names after prepositions', () => {
    expect(uk.dates.after('березень 2024 р.')).toBe('після березня 2024 р.');
    expect(uk.dates.before('листопад 2024 р.')).toBe('до листопада 2024 р.');
    expect(uk.dates.before('5 листопада 2024 р.')).toBe('до 5 листопада 2024 р.');
    expect(uk.dates.circa('лютий 2025 р.')).toBe('близько лютого 2025 р.');
    expect(uk.dates.circa(uk.dates.span('січень 2025 р.', 'березень 2025 р.'))).toBe(
      'близько січня 2025 р. – березня 2025 р.',
    );
    expect(uk.dates.between('березень 2025 р.', 'грудень 2025 р.')).toBe('між березнем 2025 р. і груднем 2025 р.');
    expect(uk.dates.between('листопад 2024 р.', 'лютий 2025 р.')).toBe('між листопадом 2024 р. і лютим 2025 р.');
    expect(uk.dates.before('січень 44 р. до н. е.')).toBe('до січня 44 р. до н. е.');
  });

  it('decline every month Intl writes for Ukrainian', () => {
    const month = new Intl.DateTimeFormat('uk', { timeZone: 'UTC', year: 'numeric', month: 'long' });
    const seen = new Set<string>();
    for (let index = 0; index < 12; index++) {
      const written = month.format(new Date(Date.UTC(2025, index, 1)));
      const after = uk.dates.after(written);
      const between = uk.dates.between(written, written);
      expect(after).not.toBe(`після ${written}`);
      expect(between).not.toBe(`між ${written} і ${written}`);
      expect(after).toMatch(/^після \p{L}+(а|я|ого) 2025 р\.$/u);
      expect(between).toMatch(/^між \p{L}+(ом|ем|им) 2025 р\. і \p{L}+(ом|ем|им) 2025 р\.$/u);
      seen.add(after);
    }
    expect(seen.size).toBe(12);
  });

  it('name the year in the year page title', () => {
    expect(uk.allOfYear('2025')).toBe('Усі події 2025 року');
    expect(uk.allOfYear('44 до н. е.')).toBe('Усі події 44 до н. е.');
  });

  it('give search messages every Ukrainian plural category', () => {
    const { results, browsing } = uk.search;
    for (const forms of [results, browsing]) {
      expect(Object.keys(forms).sort()).toEqual(['few', 'many', 'one', 'other']);
    }
    expect(plural(results, 1, 'uk', { query: 'Київ' })).toBe('За запитом «Київ» знайдено 1 запис.');
    expect(plural(results, 3, 'uk', { query: 'Київ' })).toBe('За запитом «Київ» знайдено 3 записи.');
    expect(plural(results, 5, 'uk', { query: 'Київ' })).toBe('За запитом «Київ» знайдено 5 записів.');
    expect(plural(results, 21, 'uk', { query: 'Київ' })).toBe('За запитом «Київ» знайдено 21 запис.');
    expect(plural(browsing, 22, 'uk-UA')).toBe('За фільтрами знайдено 22 записи.');
    expect(plural(browsing, 25, 'uk-UA')).toBe('За фільтрами знайдено 25 записів.');
    expect(fill(uk.search.noResults, { query: 'Київ' })).toBe('За запитом «Київ» нічого не знайдено.');
  });

  it('use Ukrainian quotation marks around quoted titles and queries', () => {
    const quoted: string[] = [uk.inThread('Переговори'), uk.search.noResults, ...Object.values(uk.search.results)];
    for (const text of quoted) {
      expect(text).toMatch(/«[^»]+»/);
      expect(text).not.toMatch(/[“”"]/);
    }
  });

  it('keep the shape of UiStrings', () => {
    const typed: UiStrings = uk;
    expect(Object.keys(typed).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('a citation of a title that ends its own sentence', () => {
  it('takes no second full stop, in English and Ukrainian', () => {
    expect(en.cite.quoted('Homo sapiens appears in Jebel Irhoud, Morocco.')).toBe(
      '“Homo sapiens appears in Jebel Irhoud, Morocco.”',
    );
    expect(en.cite.quoted('Who shot J.R.?')).toBe('“Who shot J.R.?”');
    expect(en.cite.quoted('Kellogg revises the deadline')).toBe('“Kellogg revises the deadline.”');
    expect(uk.cite.quoted('Хто це зробив?')).toBe('«Хто це зробив?»');
    expect(uk.cite.quoted('Келлог змінює термін.')).toBe('«Келлог змінює термін.»');
  });
});
