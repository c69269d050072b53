/** Times of day read in a zone by name: each date gets the offset that zone had then, and odd clocks are said. */
import { describe, expect, it } from 'vitest';
import { convertDate } from '../../src/core/timelinejs.ts';
import { isZoneName, offsetInZone } from '../../src/core/time-zone.ts';
import { runScript } from '../helpers/cli.ts';
import { contentTree, FIXTURES } from '../helpers/trees.ts';

const at = (year: number, month: number, day: number, hour: number, minute = 0, second = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe('a zone by name', () => {
  it('gives winter and summer time their own offsets', () => {
    expect(offsetInZone('Europe/Kyiv', at(2025, 1, 20, 12, 30))).toEqual({ offset: '+02:00' });
    expect(offsetInZone('Europe/Kyiv', at(2025, 7, 20, 12, 30))).toEqual({ offset: '+03:00' });
    expect(offsetInZone('America/New_York', at(2025, 1, 20, 12))).toEqual({ offset: '-05:00' });
    expect(offsetInZone('Asia/Kolkata', at(2025, 1, 20, 12))).toEqual({ offset: '+05:30' });
    expect(offsetInZone('UTC', at(2025, 1, 20, 12))).toEqual({ offset: 'Z' });
  });

  it('keeps a time the clocks skipped at the offset before the change, and says so', () => {
    const skipped = offsetInZone('Europe/Kyiv', at(2025, 3, 30, 3, 30));
    expect(skipped.offset).toBe('+02:00');
    expect(skipped.note).toMatch(/3:30 did not exist in Europe\/Kyiv/);
  });

  it('rounds local mean time to the minute, and says so', () => {
    const old = offsetInZone('America/New_York', at(1850, 3, 15, 12, 30, 15));
    expect(old.offset).toBe('-04:56');
    expect(old.note).toMatch(/local mean time/);
  });

  it('knows names and aliases, and nothing else', () => {
    for (const name of ['Europe/Kyiv', 'Europe/Kiev', 'America/Argentina/Buenos_Aires', 'UTC'])
      expect(isZoneName(name)).toBe(true);
    for (const name of ['Mars/Olympus', 'Kyiv', '+01:00', '', 'Europe/']) expect(isZoneName(name)).toBe(false);
  });

  it('gives each TimelineJS time the offset of its own day', () => {
    const date = (month: number) => ({ year: 2025, month, day: 20, hour: 12, minute: 30, second: 5 });
    expect(convertDate(date(1), 'Europe/Kyiv')).toEqual({ date: '2025-01-20T12:30:05+02:00' });
    expect(convertDate(date(7), 'Europe/Kyiv')).toEqual({ date: '2025-07-20T12:30:05+03:00' });
    expect(convertDate(date(7), '+01:00')).toEqual({ date: '2025-07-20T12:30:05+01:00' });
    // A date without a time has no zone to take.
    expect(convertDate({ year: 2025, month: 7, day: 20 }, 'Europe/Kyiv')).toEqual({ date: '2025-07-20' });
  });

  it('is refused by the importer when no system knows it, before anything is written', () => {
    const { content } = contentTree();
    const run = runScript(
      'import',
      ['timelinejs', `${FIXTURES}timelinejs/houston.json`, '--timezone', 'Mars/Olympus'],
      content,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--timezone "Mars\/Olympus": expected Z, an offset such as \+01:00, or a zone's name/);
  });
});

describe('a time with milliseconds', () => {
  it('is kept to the second, and says its milliseconds were left out', () => {
    const date = { year: 2015, month: 1, day: 1, hour: 1, minute: 1, second: 1, millisecond: 10 };
    expect(convertDate(date)).toEqual({ date: '2015-01-01T01:01:01Z', note: 'its milliseconds (10) left out' });
    expect(convertDate({ ...date, millisecond: 0 })).toEqual({ date: '2015-01-01T01:01:01Z' });
  });
});
