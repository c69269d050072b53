import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endsBeforeStart,
  formatDate,
  formatYear,
  machineDate,
  MAX_YEAR,
  parseDate,
  sortKey,
} from '../../src/core/dates.ts';
import { date } from '../helpers/dates.ts';

describe('deep time', () => {
  it('takes any whole year an editor or a TimelineJS file can write', () => {
    expect(date(-13_800_000_000)).toEqual({ precision: 'year', year: -13_800_000_000 });
    expect(date('-538800000')).toEqual({ precision: 'year', year: -538_800_000 });
    expect(date(-315000).year).toBe(-315_000);
    expect(date('12000').year).toBe(12_000);
    expect(date('-0').year).toBe(0);
    expect(Object.is(date('-0').year, -0)).toBe(false);
  });

  it('says why a year it cannot hold is refused', () => {
    expect(parseDate('-315000-03')).toMatchObject({ ok: false, message: expect.stringContaining('written alone') });
    expect(parseDate(1e21)).toMatchObject({ ok: false, message: expect.stringContaining('beyond') });
    expect(parseDate('99999999999999999')).toMatchObject({ ok: false });
  });

  it('prints deep time as TimelineJS does, in English and Ukrainian', () => {
    expect(formatYear(-13_800_000_000, 'en')).toBe('13.8 billion years ago');
    expect(formatYear(-538_800_000, 'en')).toBe('538.8 million years ago');
    expect(formatYear(-315_000, 'en')).toBe('315 thousand years ago');
    expect(formatYear(-99_999, 'en')).toBe('100 thousand years ago');
    expect(formatYear(-99_998, 'en')).toBe('99,999 BC');
    expect(formatYear(-3499, 'en')).toBe('3500 BC');
    expect(formatYear(12_000, 'en')).toBe('12,000');
    expect(formatYear(-13_800_000_000, 'uk')).toBe('13,8 мільярда років тому');
    expect(formatYear(-315_000, 'uk')).toBe('315 тисяч років тому');
    expect(formatYear(-3499, 'uk')).toBe('3500 до н. е.');
  });

  it('shows seconds when the date has them', () => {
    expect(formatDate(date('1900-01-01T12:30:45Z'), 'en')).toBe('January 1, 1900, 12:30:45 UTC');
  });

  it('gives no HTML date before 1 AD, and sorts spans across the ages', () => {
    expect(machineDate(date(-13_800_000_000))).toBeUndefined();
    expect(endsBeforeStart(date(-4_500_000_000), date(-13_800_000_000))).toBe(true);
    expect(endsBeforeStart(date(-13_800_000_000), date(2025))).toBe(false);
  });
});

describe('any year (property)', () => {
  const year = fc.integer({ min: -MAX_YEAR, max: MAX_YEAR });
  const languages = fc.constantFrom('en', 'uk');

  it('formats every year as readable text, without a crash', () => {
    fc.assert(
      fc.property(year, languages, (value, language) => {
        const text = formatYear(value, language);
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/NaN|Invalid|undefined|e\+/);
        expect(parseDate(value)).toMatchObject({ ok: true });
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts years and qualified years chronologically as plain strings', () => {
    fc.assert(
      fc.property(year, year, (a, b) => {
        const keyA = sortKey({ start: date(a) });
        const keyB = sortKey({ start: date(b) });
        expect(Math.sign(keyA.localeCompare(keyB, 'en'))).toBe(Math.sign(a - b));
        expect(keyA < keyB).toBe(a < b);
        expect(sortKey({ start: date(a), qualifier: 'before' }) < keyA).toBe(true);
        if (a < MAX_YEAR)
          expect(sortKey({ start: date(a), qualifier: 'after' }) < sortKey({ start: date(a + 1) })).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
