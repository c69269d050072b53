import { describe, expect, it } from 'vitest';
import { stretchOf, timeAxis, yearsOf } from '../../src/core/scale/time-axis.ts';
import { date } from '../helpers/dates.ts';

describe('timeAxis', () => {
  it('places moments in proportion to the time between them', () => {
    const stretches = ['2020-01-01', '2021-01-01', '2024-01-01'].map((d) => stretchOf(date(d)));
    const axis = timeAxis(stretches);
    expect(axis.breaks).toEqual([]);
    expect(axis.position(stretches[0]!.from)).toBe(0);
    expect(axis.position(stretches[1]!.from)).toBeCloseTo(0.25, 2);
    expect(axis.position(stretches[2]!.to)).toBeCloseTo(1, 5);
  });

  it('draws a long empty stretch as a break, not as blank width', () => {
    const stretches = [1914, 1918, 2022, 2025].map((year) => stretchOf(date(year)));
    const axis = timeAxis(stretches);
    expect(axis.breaks).toHaveLength(1);
    expect(axis.breaks[0]!.years).toBeCloseTo(103, 5);
    // Both sides of the break get their share of the line: a century of nothing does not squeeze them.
    expect(axis.position(1919)).toBeGreaterThan(0.4);
    expect(axis.position(2022)).toBeLessThan(0.6);
    const order = [1914, 1916, 1919, 2022, 2024, 2026].map((year) => axis.position(year));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draws deep time by order of magnitude, then human time linearly after a break', () => {
    const stretches = [-13_799_999_999, -4_599_999_999, -314_999, 1969, 1990].map((year) => stretchOf(date(year)));
    const axis = timeAxis(stretches);
    expect(axis.deepUntil).toBeGreaterThan(0.3);
    const [bang, sun, sapiens, moon, hubble] = stretches.map((stretch) => axis.position(stretch.from));
    expect(bang).toBe(0);
    expect(sun! - bang!).toBeLessThan(sapiens! - sun!);
    expect(sapiens!).toBeLessThanOrEqual(axis.deepUntil!);
    expect(moon!).toBeGreaterThan(axis.deepUntil!);
    expect(hubble!).toBeGreaterThan(moon!);
    expect(axis.breaks[0]).toMatchObject({ at: axis.deepUntil });
  });

  it('gives fractional years to the day', () => {
    expect(yearsOf({ year: 2024, ms: 183 * 86_400_000 })).toBe(2024.5);
  });
});
