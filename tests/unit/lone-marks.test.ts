import { describe, expect, it } from 'vitest';
import type { DateSpec } from '../../src/core/dates.ts';
import { archiveStrip, MAX_WIDTH, periodsWithin } from '../../src/core/scale/archive-strip.ts';
import { storylineScale } from '../../src/core/scale/storyline-scale.ts';
import { stretchOf } from '../../src/core/scale/time-axis.ts';
import { date } from '../helpers/dates.ts';

const period = (input: string | number, count = 1) => ({
  ...stretchOf(date(input)),
  label: String(input),
  count,
  path: 'x/',
  current: false,
});
const spec = (input: string | number): DateSpec => ({ start: date(input) });

describe('a period alone on its stretch of the axis', () => {
  it('is drawn as a normal mark in the archive strip, not a block filling the stretch', () => {
    // The cosmology template: deep time, then one year (3500 BC) alone on the linear part of the axis.
    const strip = archiveStrip([period(-13_799_999_999), period(-4_599_999_999), period(-3499)])!;
    const last = strip.marks.at(-1)!;
    expect(last.width).toBeLessThanOrEqual(MAX_WIDTH);
    expect(last.x + last.width).toBeLessThanOrEqual(1);
  });

  it('is one month-wide bar on a year page whose entries are all in one month', () => {
    const group = { id: '2025', year: 2025, last: 2025, label: '2025', entries: [] };
    const pageOf = () => ({ path: 'years/2025/', current: true });
    const strip = archiveStrip(periodsWithin(group, [date('2025-03'), date('2025-03')], pageOf, 'en'))!;
    expect(strip.marks).toHaveLength(1);
    expect(strip.marks[0]!.width).toBeLessThanOrEqual(1 / 12);
  });

  it('keeps the widths of a year of months as they were', () => {
    const strip = archiveStrip(['2025-01', '2025-02', '2025-03'].map((month) => period(month)))!;
    const widths = strip.marks.map((mark) => mark.width);
    expect(Math.max(...widths)).toBeLessThanOrEqual(1 / 12);
    expect(strip.marks[1]!.x).toBeGreaterThan(strip.marks[0]!.x);
  });
});

describe('a year alone on its stretch of a storyline', () => {
  it('is drawn as a point, not a bracket across the stretch', () => {
    const scale = storylineScale([spec(-13_799_999_999), spec(-4_599_999_999), spec(-3499)], 'en')!;
    const last = scale.marks.at(-1)!;
    expect(last.kind).toBe('point');
    expect(last.to - last.from).toBeLessThan(0.01);
  });

  it('stays a bracket where steps within its year show what it spans', () => {
    const scale = storylineScale([spec('2020'), spec('2020-02-01'), spec('2020-11-30')], 'en')!;
    expect(scale.marks[0]!.kind).toBe('range');
  });
});

describe('a period far wider than every other', () => {
  it('is drawn no wider than the widest of the others', () => {
    const strip = archiveStrip([period(-13_799_999_999), period(-4_599_999_999), period(-3499)])!;
    const [deep, , last] = strip.marks;
    expect(last!.width).toBeCloseTo(deep!.width, 6);
  });
});
