import { describe, expect, it } from 'vitest';
import {
  endsBeforeStart,
  formatDate,
  formatDateSpec,
  formatIso,
  machineDate,
  parseDate,
  sortKey,
  type DateSpec,
} from '../../src/core/dates.ts';
import { useStrings } from '../../src/i18n/ui.ts';
import { date } from '../helpers/dates.ts';

const words = useStrings('en').dates;

describe('parseDate', () => {
  it('keeps exactly the precision written', () => {
    expect(date('2025')).toEqual({ precision: 'year', year: 2025 });
    expect(date(2025)).toEqual({ precision: 'year', year: 2025 });
    expect(date('2025-01')).toEqual({ precision: 'month', year: 2025, month: 1 });
    expect(date('2025-01-19')).toEqual({ precision: 'day', year: 2025, month: 1, day: 19 });
    expect(date('2025-01-19T14:30+01:00')).toEqual({
      precision: 'time',
      year: 2025,
      month: 1,
      day: 19,
      hour: 14,
      minute: 30,
      offsetMinutes: 60,
    });
    expect(date('2025-01-19T14:30:05Z')).toMatchObject({ precision: 'time', second: 5, offsetMinutes: 0 });
  });

  it('takes years below 1000 and negative (astronomical) years', () => {
    expect(date('0602')).toEqual({ precision: 'year', year: 602 });
    expect(date(602)).toEqual({ precision: 'year', year: 602 });
    expect(date('-0043-03-15')).toEqual({ precision: 'day', year: -43, month: 3, day: 15 });
    expect(date(-500)).toEqual({ precision: 'year', year: -500 });
  });

  it('rejects impossible dates with the reason', () => {
    const failure = (input: unknown) => {
      const parsed = parseDate(input);
      return parsed.ok ? undefined : parsed.message;
    };
    expect(failure('2025-02-30')).toMatch(/February 2025 has 28 days/);
    expect(failure('2025-13')).toMatch(/months run from 01 to 12/);
    expect(failure('2025-01-19T25:00Z')).toMatch(/impossible time/);
    expect(failure('2025-01-19T14:30')).toMatch(/no time zone/);
    expect(failure('19 January 2025')).toMatch(/is not a date/);
    expect(failure(2025.5)).toMatch(/whole number/);
    expect(failure({})).toMatch(/expected a date/);
    expect(failure('2024-02-29')).toBeUndefined();
    expect(failure('2100-02-29')).toMatch(/28 days/);
    expect(failure('2000-02-29')).toBeUndefined();
  });
});

describe('formatting', () => {
  it('prints exactly the precision given, never a made-up day', () => {
    expect(formatDate(date('2025-01'), 'en-GB')).toBe('January 2025');
    expect(formatDate(date('2025'), 'en-GB')).toBe('2025');
    expect(formatDate(date('2025-01-19'), 'en-GB')).toBe('19 January 2025');
    expect(formatDate(date('2025-01-19T14:30+01:00'), 'en-GB')).toBe('19 January 2025, 14:30 UTC+1');
    expect(formatDate(date('2025-01-19T14:30+05:30'), 'en-GB')).toBe('19 January 2025, 14:30 UTC+5:30');
  });

  it('prints early and BCE years', () => {
    expect(formatDate(date('0602'), 'en-GB')).toBe('602');
    expect(formatDate(date('-0043'), 'en-GB')).toBe('44 BC');
    expect(formatDate(date('-0043-03-15'), 'en-GB')).toBe('15 March 44 BC');
    expect(formatDate(date('0000'), 'en-GB')).toBe('1 BC');
  });

  it('says how uncertain a date is', () => {
    const spec = (start: string, extra: Partial<DateSpec> = {}): DateSpec => ({ start: date(start), ...extra });
    expect(formatDateSpec(spec('2025-01-20', { qualifier: 'before' }), 'en-GB', words)).toBe('before 20 January 2025');
    expect(formatDateSpec(spec('2024-03', { qualifier: 'after' }), 'en-GB', words)).toBe('after March 2024');
    expect(formatDateSpec(spec('2024', { qualifier: 'circa' }), 'en-GB', words)).toBe('c. 2024');
    expect(formatDateSpec(spec('2024-12', { qualifier: 'between', end: date('2025-01-19') }), 'en-GB', words)).toBe(
      'between December 2024 and 19 January 2025',
    );
    expect(formatDateSpec(spec('2025-01-20', { end: date('2025-04-30') }), 'en-GB', words)).toBe(
      '20 January 2025 – 30 April 2025',
    );
  });

  it('gives HTML datetime values only where HTML has them', () => {
    expect(machineDate(date('2025-01'))).toBe('2025-01');
    expect(machineDate(date('0602'))).toBe('0602');
    expect(machineDate(date('2025-01-19T14:30+01:00'))).toBe('2025-01-19T14:30+01:00');
    expect(machineDate(date('-0043'))).toBeUndefined();
    expect(formatIso(date('-0043-03-15'))).toBe('-0043-03-15');
  });
});

describe('sortKey', () => {
  it('orders BCE, early, coarse, qualified and timed dates chronologically', () => {
    const specs: [string, DateSpec][] = [
      ['44 BC', { start: date('-0043') }],
      ['602', { start: date('0602') }],
      ['2024', { start: date('2024') }],
      ['Jan 2025', { start: date('2025-01') }],
      ['before 20 Jan', { start: date('2025-01-20'), qualifier: 'before' }],
      ['20 Jan', { start: date('2025-01-20') }],
      ['20 Jan 09:00 Kyiv', { start: date('2025-01-20T09:00+02:00') }],
      ['after Jan', { start: date('2025-01'), qualifier: 'after' }],
      ['Feb', { start: date('2025-02') }],
    ];
    const shuffled = [...specs].reverse();
    const sorted = shuffled.sort(([, a], [, b]) => (sortKey(a) < sortKey(b) ? -1 : 1)).map(([name]) => name);
    expect(sorted).toEqual(specs.map(([name]) => name));
  });
});

describe('endsBeforeStart', () => {
  it('allows overlapping precisions and rejects an end before the start', () => {
    expect(endsBeforeStart(date('2025-01'), date('2025-01-15'))).toBe(false);
    expect(endsBeforeStart(date('2025-01-15'), date('2025-01'))).toBe(false);
    expect(endsBeforeStart(date('2025-02-01'), date('2025-01-31'))).toBe(true);
    expect(endsBeforeStart(date('-0043'), date('-0044'))).toBe(true);
  });
});
