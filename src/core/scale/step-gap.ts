/**
 * How long passed between two steps of a storyline, in the unit a reader would say it in ("3 years later", "2 weeks
 * later"), never finer than the dates allow: two dates known to the month are months apart, not days.
 */
import type { DatePrecision, DateSpec } from '../dates.ts';
import { stretchOf } from './time-axis.ts';

export type GapUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A gap between two steps: `count` of `unit`, and whether a date in it is only approximate ("about 3 years"). */
export interface StepGap {
  count: number;
  unit: GapUnit;
  about: boolean;
  /** The gap's length in years, to rank gaps by. */
  years: number;
}

const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

/** The coarser of two precisions: a gap is told no finer than its vaguer date. */
const coarser = (a: DatePrecision, b: DatePrecision) => (PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b);

/** A length in days as a reader says it: days up to two weeks, then weeks, months, years. */
function inWords(days: number): Pick<StepGap, 'count' | 'unit'> {
  if (days >= DAYS_PER_YEAR) return { count: Math.round(days / DAYS_PER_YEAR), unit: 'year' };
  if (days >= 30) return { count: Math.min(11, Math.max(1, Math.round(days / DAYS_PER_MONTH))), unit: 'month' };
  if (days >= 14) return { count: Math.round(days / 7), unit: 'week' };
  return { count: Math.round(days), unit: 'day' };
}

/**
 * The gap from one step to the next, start to start, or undefined when it is not worth a label: shorter than the
 * dates' precision (the same day, the same month), running backwards, or unknown because a date is only bounded
 * ("before", "after", "between"), where the drawing shows the uncertainty instead.
 */
export function stepGap(previous: DateSpec, next: DateSpec): StepGap | undefined {
  const bounded = (spec: DateSpec) => spec.qualifier !== undefined && spec.qualifier !== 'circa';
  if (bounded(previous) || bounded(next)) return undefined;
  const from = previous.start;
  const to = next.start;
  const years = stretchOf(to).from - stretchOf(from).from;
  if (!(years > 0)) return undefined;
  const about = previous.qualifier === 'circa' || next.qualifier === 'circa';
  const precision = coarser(from.precision, to.precision);
  // Calendar counts for coarse dates: February to March is a month, though only 28 days.
  if (precision === 'year') {
    const count = to.year - from.year;
    return count > 0 ? { count, unit: 'year', about, years } : undefined;
  }
  if (precision === 'month') {
    const count = (to.year - from.year) * 12 + (to.month ?? 1) - (from.month ?? 1);
    if (count <= 0) return undefined;
    return count >= 12 ? { ...inWords(count * DAYS_PER_MONTH), about, years } : { count, unit: 'month', about, years };
  }
  const days = years * DAYS_PER_YEAR;
  if (precision === 'time' && days < 1) {
    const minutes = Math.round(days * 24 * 60);
    if (minutes < 1) return undefined;
    return minutes < 60
      ? { count: minutes, unit: 'minute', about, years }
      : { count: Math.round(minutes / 60), unit: 'hour', about, years };
  }
  const words = inWords(days);
  return words.count > 0 ? { ...words, about, years } : undefined;
}
