import { describe, expect, it } from 'vitest';
import type { YearGroup } from '../../src/core/model.ts';
import { MOST_YEAR_GROUPS, spanLabel, yearSpans } from '../../src/core/periods.ts';
import { archiveStrip, periodsWithin, yearPeriods } from '../../src/core/scale/archive-strip.ts';
import { dateWords } from '../../src/core/date-words.ts';
import type { PartialDate } from '../../src/core/dates.ts';

/** Year groups as the core makes them, for `count` entries spread over `years`. */
function groupsOf(years: number[]): YearGroup[] {
  const spans = yearSpans(years);
  const groups = new Map<string, YearGroup>();
  for (const [index, year] of years.entries()) {
    const span = spans.get(year)!;
    const group = groups.get(span.id);
    if (group) group.entries.push(`e${index}`);
    else {
      const label = spanLabel(span, 'en', dateWords('en'));
      groups.set(span.id, { id: span.id, year: span.first, last: span.last, label, entries: [`e${index}`] });
    }
  }
  return [...groups.values()].sort((a, b) => a.year - b.year);
}

describe('archiveStrip', () => {
  it('stays bounded at any archive size: 100,000 entries over 2,000 years make at most one mark per group', () => {
    const years = Array.from({ length: 100_000 }, (_, index) => 25 + (index % 2000));
    const strip = archiveStrip(yearPeriods(groupsOf(years), new Set(['e99999']), (id) => `years/${id}/`))!;
    expect(strip.marks.length).toBeLessThanOrEqual(MOST_YEAR_GROUPS);
    expect(strip.marks.filter((mark) => mark.current)).toHaveLength(1);
    for (const mark of strip.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width).toBeLessThanOrEqual(1 + 1e-9);
      expect(mark.height).toBeGreaterThan(0);
    }
  });

  it('puts marks in time order and shows a quiet period beside a busy one', () => {
    const strip = archiveStrip(yearPeriods(groupsOf([2020, 2021, 2021, 2021, 2024]), new Set(), (id) => id))!;
    expect(strip.marks.map((mark) => mark.label)).toEqual(['2020', '2021', '2024']);
    expect(strip.marks[1]!.height).toBe(1);
    expect(strip.marks[0]!.height).toBeGreaterThan(0.5);
    expect(strip.marks[0]!.x).toBeLessThan(strip.marks[1]!.x);
  });
});

describe('periodsWithin', () => {
  const day = (month: number, dayOfMonth?: number): PartialDate =>
    dayOfMonth === undefined
      ? { precision: 'month', year: 2025, month }
      : { precision: 'day', year: 2025, month, day: dayOfMonth };
  const group: YearGroup = { id: '2025', year: 2025, last: 2025, label: '2025', entries: [] };
  const pageOf = (index: number) => ({ path: `years/2025/${index >= 2 ? 'page/2/' : ''}`, current: index < 2 });

  it('draws a year by month, each linking to the page and heading of its first entry', () => {
    const periods = periodsWithin(group, [day(1, 5), day(1), day(3, 2)], pageOf, 'en');
    expect(periods.map(({ label, count, path, current }) => [label, count, path, current])).toEqual([
      ['January 2025', 2, 'years/2025/#period-2025-1', true],
      ['March 2025', 1, 'years/2025/page/2/#period-2025-3', false],
    ]);
  });

  it('draws a single month by day, leaving out what is only known to the month', () => {
    const periods = periodsWithin(group, [day(1, 19), day(1, 20), day(1), day(1, 20)], pageOf, 'en');
    expect(periods.map(({ label, count }) => [label, count])).toEqual([
      ['January 19, 2025', 1],
      ['January 20, 2025', 2],
    ]);
  });
});
