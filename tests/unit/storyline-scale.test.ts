import { describe, expect, it } from 'vitest';
import { parseDate, type DateSpec, type PartialDate } from '../../src/core/dates.ts';
import type { DateQualifier } from '../../src/core/schema/vocabulary.ts';
import { stepGap } from '../../src/core/scale/step-gap.ts';
import { fittingGaps, MOST_LANES, MOST_MARKS, storylineScale } from '../../src/core/scale/storyline-scale.ts';
import { en } from '../../src/i18n/en.ts';
import { uk } from '../../src/i18n/uk.ts';

const date = (input: string | number): PartialDate => {
  const parsed = parseDate(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
};
const spec = (start: string | number, qualifier?: DateQualifier, end?: string | number): DateSpec => ({
  start: date(start),
  ...(end !== undefined ? { end: date(end) } : {}),
  ...(qualifier ? { qualifier } : {}),
});
const scaleOf = (specs: DateSpec[]) => storylineScale(specs, 'en')!;

describe('storylineScale', () => {
  it('places steps in proportion to the time between them, never a later step earlier', () => {
    const scale = scaleOf([spec('2020-01-01'), spec('2020-01-11'), spec('2020-01-21'), spec('2020-03-01')]);
    const xs = scale.marks.map((mark) => mark.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // Equal gaps, equal lengths.
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 6);
    expect(xs[3]! - xs[2]!).toBeGreaterThan(3 * (xs[1]! - xs[0]!));
    for (const mark of scale.marks) {
      expect(mark.from).toBeGreaterThanOrEqual(0);
      expect(mark.to).toBeLessThanOrEqual(1);
    }
    expect([scale.from, scale.to]).toEqual(['January 1, 2020', 'March 1, 2020']);
  });

  it('draws each kind of date as what it is', () => {
    const specs = [
      spec('2020-01-10'),
      spec('2020-03-01', undefined, '2020-04-30'),
      spec('2020-05-01', 'between', '2020-05-20'),
      spec('2020-06', 'circa'),
      spec('2020-08-01', 'before'),
      spec('2020-09-01', 'after'),
      spec('2020-10-01'),
      spec('2020-11'),
    ];
    const scale = scaleOf(specs);
    expect(scale.marks.map((mark) => mark.kind)).toEqual([
      'point',
      'span',
      'range',
      'circa',
      'before',
      'after',
      'point',
      'range',
    ]);
    const [point, span, between, circa, before, after, next] = scale.marks;
    expect(point!.to - point!.from).toBeLessThan(0.01);
    expect(span!.to).toBeGreaterThan(span!.from + 0.1);
    expect(between!.to).toBeGreaterThan(between!.from);
    // "About June 2020" reaches past June on both sides.
    const june = scaleOf([spec('2020-01-10'), spec('2020-06'), spec('2020-11')]).marks[1]!;
    expect(circa!.from).toBeLessThan(june.from);
    // "Before 1 August" reaches back to the last thing known: the step before it ("about June").
    expect(before!.to).toBe(before!.x);
    expect(before!.from).toBe(circa!.x);
    expect(before!.open).toBe(false);
    // "After September" reaches on to the next step.
    expect(after!.from).toBe(after!.x);
    expect(after!.to).toBe(next!.x);
  });

  it('reaches back from a first "before" with an open end, and a short way when the step before is as late', () => {
    const scale = scaleOf([spec('2025-01-19', 'before'), spec('2025-01-19', 'before'), spec('2025-01-20')]);
    const [first, second] = scale.marks;
    expect(first!.open).toBe(true);
    expect(first!.from).toBeLessThan(first!.x);
    expect(first!.from).toBeGreaterThanOrEqual(0);
    expect(second!.open).toBe(false);
    expect(second!.from).toBeLessThan(second!.x);
    // They overlap, so they are drawn in different rows.
    expect(first!.lane).not.toBe(second!.lane);
  });

  it('puts steps all at one moment mid-line, each still its own mark', () => {
    const scale = scaleOf([spec('2025-01-20', 'before'), spec('2025-01-20', 'before')]);
    expect(scale.marks.map((mark) => [mark.x, mark.lane])).toEqual([
      [0.5, 0],
      [0.5, 1],
    ]);
    expect(scale.from).toBe(scale.to);
  });

  it('labels the gaps between steps, not where a date is only bounded', () => {
    const scale = scaleOf([spec(2019), spec(2022), spec('2022-06-01'), spec('2022-06-03', 'before')]);
    expect(scale.gaps.map(({ after, count, unit }) => [after, count, unit])).toEqual([[0, 3, 'year']]);
  });

  it('labels only the gaps the drawing shows: not a day among years', () => {
    const scale = scaleOf([spec('2020-01-01'), spec('2020-01-02'), spec('2022-01-02'), spec('2024-01-02')]);
    expect(scale.gaps.map(({ after, count, unit }) => [after, count, unit])).toEqual([
      [1, 2, 'year'],
      [2, 2, 'year'],
    ]);
  });

  it('stays bounded at 100,000 steps: at most MOST_MARKS marks, in time order, each counting its steps', () => {
    const specs = Array.from({ length: 100_000 }, (_, index) => spec(`${2000 + Math.floor(index / 4000)}-01-01`));
    const scale = scaleOf(specs);
    expect(scale.marks.length).toBeLessThanOrEqual(MOST_MARKS);
    expect(scale.lanes).toBeLessThanOrEqual(MOST_LANES);
    expect(scale.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(100_000);
    expect(scale.marks.every((mark) => mark.kind === 'group' && mark.count === 4000 && mark.lane === 0)).toBe(true);
    const xs = scale.marks.map((mark) => mark.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(scale.gaps.every((gap) => gap.count === 1 && gap.unit === 'year')).toBe(true);
  });

  it('draws deep time by order of magnitude and keeps later steps later, from the Big Bang to last year', () => {
    const scale = scaleOf([spec(-13_800_000_000), spec(-4_567_000_000), spec(-66_000_000), spec(1969), spec(2024)]);
    const xs = scale.marks.map((mark) => mark.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
    expect(scale.deepUntil).toBeGreaterThan(0);
    expect(scale.gaps.at(-1)).toMatchObject({ count: 55, unit: 'year' });
  });

  it('draws 200,000 steps on one day as one group', () => {
    const scale = scaleOf(Array.from({ length: 200_000 }, () => spec('2025-01-19')));
    expect(scale.marks.map(({ kind, count, first, last }) => [kind, count, first, last])).toEqual([
      ['group', 200_000, 0, 199_999],
    ]);
  });

  it('draws a storyline of up to MOST_MARKS steps one mark a step', () => {
    const specs = Array.from({ length: MOST_MARKS }, () => spec('2025-01-19'));
    expect(scaleOf(specs).marks).toHaveLength(MOST_MARKS);
    expect(storylineScale([], 'en')).toBeUndefined();
  });
});

describe('stepGap', () => {
  const gap = (a: DateSpec, b: DateSpec) => {
    const found = stepGap(a, b);
    return found && [found.count, found.unit, found.about];
  };

  it('measures in the unit a reader would say, no finer than the dates', () => {
    expect(gap(spec('2025-01-19'), spec('2025-01-20'))).toEqual([1, 'day', false]);
    expect(gap(spec('2025-01-01'), spec('2025-01-15'))).toEqual([2, 'week', false]);
    expect(gap(spec('2025-01-01'), spec('2025-03-20'))).toEqual([3, 'month', false]);
    expect(gap(spec('2025-02'), spec('2025-03'))).toEqual([1, 'month', false]);
    expect(gap(spec('2021-03-01'), spec('2024-02-20'))).toEqual([3, 'year', false]);
    expect(gap(spec(2020), spec(2025))).toEqual([5, 'year', false]);
    expect(gap(spec('2025-01-19T10:00Z'), spec('2025-01-19T10:45Z'))).toEqual([45, 'minute', false]);
    expect(gap(spec('2025-01-19T10:00Z'), spec('2025-01-19T15:10Z'))).toEqual([5, 'hour', false]);
    expect(gap(spec(2020, 'circa'), spec(2023))).toEqual([3, 'year', true]);
  });

  it('has no label within the dates’ precision, backwards, or where a date is only bounded', () => {
    expect(gap(spec('2025-01-19'), spec('2025-01-19'))).toBeUndefined();
    expect(gap(spec('2025-01'), spec('2025-01-30'))).toBeUndefined();
    expect(gap(spec('2025-02-01'), spec('2025-01-01'))).toBeUndefined();
    expect(gap(spec('2025-01-19', 'before'), spec('2025-01-20'))).toBeUndefined();
    expect(gap(spec('2025-01-19'), spec('2025-01-20', 'between', '2025-01-25'))).toBeUndefined();
  });
});

describe('gap labels', () => {
  it('says the gap in English and Ukrainian with the right plural forms', () => {
    expect(en.storyScale.gap.year(3)).toBe('3 years later');
    expect(en.storyScale.gap.day(1)).toBe('1 day later');
    expect(en.storyScale.about(en.storyScale.gap.week(2))).toBe('about 2 weeks later');
    expect(en.storyScale.gap.year(12_000)).toBe('12,000 years later');
    expect(uk.storyScale.gap.year(1)).toBe('через 1 рік');
    expect(uk.storyScale.gap.year(3)).toBe('через 3 роки');
    expect(uk.storyScale.gap.day(5)).toBe('через 5 днів');
    expect(uk.storyScale.gap.day(21)).toBe('через 21 день');
    expect(uk.storyScale.about(uk.storyScale.gap.week(2))).toBe('приблизно через 2 тижні');
    expect(uk.storyScale.gap.month(11)).toBe('через 11 місяців');
    expect(en.storyScale.group(1200)).toBe('1,200 steps');
    expect(uk.storyScale.group(22)).toBe('22 кроки');
  });

  it('keeps the labels that fit, the longest gaps first', () => {
    const gaps = [
      { after: 0, x: 0.3, count: 1, unit: 'day' as const, about: false, years: 0.003 },
      { after: 1, x: 0.32, count: 3, unit: 'year' as const, about: false, years: 3 },
      { after: 2, x: 0.9, count: 1, unit: 'month' as const, about: false, years: 0.08 },
    ];
    expect(fittingGaps(gaps, () => 0.1).map((gap) => gap.after)).toEqual([1, 2]);
    expect(fittingGaps(gaps, () => 0.5).find((gap) => gap.after === 2)).toBeUndefined();
  });
});
