import { describe, expect, it } from 'vitest';
import { dateWords } from '../../src/core/date-words.ts';
import { listPeriods } from '../../src/core/list-periods.ts';
import { spanLabels, yearSpans } from '../../src/core/periods.ts';
import { periodsWithin } from '../../src/core/scale/archive-strip.ts';
import { axisEnds, entryDigits, yearsApart } from '../../src/core/year-labels.ts';
import { date } from '../helpers/dates.ts';

// The Big Bang and the dark ages after it, as TimelineJS's cosmology template dates them (ISO numbering).
const BIG_BANG = -13_799_999_999;
const DARK_AGES = -13_799_629_999;

describe('years shown together', () => {
  it('get the fewest digits that tell different years apart, in English and Ukrainian', () => {
    const en = yearsApart([BIG_BANG, DARK_AGES, -4_599_999_999], 'en');
    expect(en(BIG_BANG)).toBe('13.8 billion years ago');
    expect(en(DARK_AGES)).toBe('13.7996 billion years ago');
    expect(en(-4_599_999_999)).toBe('4.6 billion years ago');
    const uk = yearsApart([BIG_BANG, DARK_AGES], 'uk');
    expect(uk(BIG_BANG)).not.toBe(uk(DARK_AGES));
    expect(uk(DARK_AGES)).toBe('13,7996 мільярда років тому');
  });

  it('keep the usual four digits where nothing needs telling apart', () => {
    expect(yearsApart([BIG_BANG], 'en')(BIG_BANG)).toBe('13.8 billion years ago');
    expect(yearsApart([BIG_BANG, BIG_BANG, -538_799_999], 'en')(-538_799_999)).toBe('538.8 million years ago');
    expect(yearsApart([2025, -43], 'en')(-43)).toBe('44 BC');
  });

  it('tell apart even years one apart in deep time', () => {
    const label = yearsApart([BIG_BANG, BIG_BANG - 1], 'en');
    expect(label(BIG_BANG)).not.toBe(label(BIG_BANG - 1));
  });

  it('name year groups apart in the navigation', () => {
    const spans = yearSpans([BIG_BANG, DARK_AGES, 2025]);
    const labels = spanLabels(spans.values(), 'en', dateWords('en'));
    expect(labels.get(spans.get(BIG_BANG)!.id)).toBe('13.8 billion years ago');
    expect(labels.get(spans.get(DARK_AGES)!.id)).toBe('13.7996 billion years ago');
    expect(labels.get('2025')).toBe('2025');
  });

  it('name the ends of an axis apart', () => {
    expect(axisEnds(date(BIG_BANG), date(DARK_AGES), 'en')).toEqual({
      from: '13.8 billion years ago',
      to: '13.7996 billion years ago',
    });
    expect(axisEnds(date('2025-01'), date('2025-03-02'), 'en')).toEqual({ from: 'January 2025', to: 'March 2, 2025' });
  });

  it('name the years of a span page’s strip apart', () => {
    const group = { id: 'deep', year: -99_999_999_999, last: -9_999_999_999, label: '', entries: [] };
    const pageOf = () => ({ path: 'x/', current: false });
    const periods = periodsWithin(group, [date(BIG_BANG), date(DARK_AGES)], pageOf, 'en');
    expect(periods.map((period) => period.label)).toEqual(['13.8 billion years ago', '13.7996 billion years ago']);
  });
});

describe('the headings of a list', () => {
  const monthUnknown = (year: string) => `${year} (month not known)`;
  const headings = (dates: string[] | number[], withinYear = false) =>
    listPeriods(dates.map(date), (item) => item, 'en', { withinYear, monthUnknown }).map((period) => period.heading);

  it('tell deep-time years apart', () => {
    expect(headings([BIG_BANG, DARK_AGES])).toEqual(['13.8 billion years ago', '13.7996 billion years ago']);
  });

  it('give no "month not known" heading where months do not exist or none is known', () => {
    expect(headings([BIG_BANG], true)).toEqual([undefined]);
    expect(headings(['2020', '2020'], true)).toEqual([undefined]);
    expect(headings(['-0043'], true)).toEqual([undefined]);
  });

  it('keep the year-only entries of a year with months under their own heading', () => {
    expect(headings(['2025', '2025-01-19', '2025-03'], true)).toEqual([
      '2025 (month not known)',
      'January 2025',
      'March 2025',
    ]);
  });
});

describe('the digits of an archive’s deep-time dates', () => {
  const at = (year: number) => ({ start: { precision: 'year' as const, year } });
  it('are the usual four until two different years would read alike, then just enough', () => {
    expect(entryDigits([at(-13_800_000_000), at(-538_800_000), at(2025)], 'en')).toBe(4);
    expect(entryDigits([at(-13_800_000_000), at(-13_799_630_000)], 'en')).toBe(6);
    // An end counts as much as a start; the same year twice is one year.
    expect(entryDigits([{ ...at(-13_800_000_000), end: { precision: 'year', year: -13_799_630_000 } }], 'en')).toBe(6);
    expect(entryDigits([at(-13_800_000_000), at(-13_800_000_000)], 'en')).toBe(4);
  });
});
