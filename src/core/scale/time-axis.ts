/**
 * A time axis drawn to scale, computed at build time: where each moment sits along a line from 0 to 1. Long empty
 * stretches become visible breaks instead of blank width, and deep time (from 100,000 BC back) is drawn by order of
 * magnitude, since the Big Bang and last year cannot share one linear scale. Pages draw what this computes.
 */
import { DEEP_TIME_YEAR, endOf, isLeapYear, startOf, type Instant, type PartialDate } from '../dates.ts';

/** A stretch of time in years (fractional: 2025.5 is mid-2025); a moment has `from` = `to`. */
export interface Stretch {
  from: number;
  to: number;
}

/** A part of the axis left out: it stands for `years` of nothing, drawn as a break `width` wide at `at`. */
export interface AxisBreak {
  at: number;
  width: number;
  years: number;
}

export interface TimeAxis {
  /** Where a time (in years) sits, from 0 (the first stretch's start) to 1 (the last one's end). */
  position: (years: number) => number;
  breaks: AxisBreak[];
  /** The axis starts in deep time, drawn by order of magnitude up to `deepUntil` (a position). */
  deepUntil?: number;
}

/** How wide a break is drawn, as a share of the axis. */
export const BREAK_WIDTH = 0.03;
/** An empty stretch is drawn as a break once it is longer than this share of the whole span… */
const LONG_GAP_SHARE = 0.2;
/** …and this many times the median gap between the stretches. */
const LONG_GAP_RATIO = 5;
const MS_PER_DAY = 86_400_000;

/** An instant as fractional years: exact to the day for any year a page shows. */
export function yearsOf({ year, ms }: Instant): number {
  const days = isLeapYear(year) ? 366 : 365;
  return year + ms / (days * MS_PER_DAY);
}

/** The stretch of time a date covers: 2025 is all of 2025, 2025-01-19 that day. */
export function stretchOf(date: PartialDate): Stretch {
  return { from: yearsOf(startOf(date)), to: yearsOf(endOf(date)) };
}

/** Occupied intervals: the stretches sorted and merged where they touch or overlap. */
function occupied(stretches: readonly Stretch[]): Stretch[] {
  const merged: Stretch[] = [];
  for (const { from, to } of [...stretches].sort((a, b) => a.from - b.from)) {
    const last = merged.at(-1);
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else merged.push({ from, to: Math.max(from, to) });
  }
  return merged;
}

/** The gaps (index of the interval before each) long enough to draw as breaks, longest first until none is long. */
function longGaps(intervals: readonly Stretch[]): Set<number> {
  const gaps = intervals.slice(1).map((interval, index) => ({ index, years: interval.from - intervals[index]!.to }));
  const sorted = gaps.map((gap) => gap.years).sort((a, b) => a - b);
  // The median gap: a break is for a stretch far emptier than the story's usual pace, not for every pause.
  const typical = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const chosen = new Set<number>();
  let removed = 0;
  const whole = (intervals.at(-1)?.to ?? 0) - (intervals[0]?.from ?? 0);
  for (const gap of gaps.sort((a, b) => b.years - a.years)) {
    if (gap.years <= LONG_GAP_SHARE * (whole - removed) || gap.years <= LONG_GAP_RATIO * typical) break;
    chosen.add(gap.index);
    removed += gap.years;
  }
  return chosen;
}

/** A linear axis over `stretches` with long gaps broken out, from `start` to `end` of the line. */
function linearAxis(stretches: readonly Stretch[], start: number, end: number): Omit<TimeAxis, 'deepUntil'> {
  const intervals = occupied(stretches);
  const broken = longGaps(intervals);
  const pieces: Stretch[] = [];
  for (const [index, interval] of intervals.entries()) {
    const previous = pieces.at(-1);
    if (previous && !broken.has(index - 1)) previous.to = interval.to;
    else pieces.push({ ...interval });
  }
  const breakWidth = Math.min(BREAK_WIDTH, (end - start) / (2 * Math.max(1, pieces.length)));
  const drawn = end - start - breakWidth * (pieces.length - 1);
  const years = pieces.reduce((sum, piece) => sum + (piece.to - piece.from), 0);
  // A timeline of moments only (no length at all) spreads its pieces evenly.
  const scale = years > 0 ? drawn / years : 0;
  const evenWidth = drawn / pieces.length;
  const starts: number[] = [];
  let cursor = start;
  for (const piece of pieces) {
    starts.push(cursor);
    cursor += (years > 0 ? (piece.to - piece.from) * scale : evenWidth) + breakWidth;
  }
  const breaks = pieces.slice(1).map((piece, index) => ({
    at: starts[index + 1]! - breakWidth,
    width: breakWidth,
    years: piece.from - pieces[index]!.to,
  }));
  const position = (time: number) => {
    // The last piece that starts at or before the time (pieces are few: one more than the breaks).
    let index = 0;
    for (const [i, piece] of pieces.entries()) if (piece.from <= time) index = i;
    const piece = pieces[index];
    if (!piece) return start;
    const offset = years > 0 ? (Math.min(Math.max(time, piece.from), piece.to) - piece.from) * scale : 0;
    return Math.min(end, (starts[index] ?? start) + offset);
  };
  return { position, breaks };
}

/** The largest or smallest value of a list, in a loop: spreading 100,000 values into Math.max overflows the stack. */
function extreme<T>(list: readonly T[], value: (item: T) => number, pick: (a: number, b: number) => number): number {
  return list.reduce((found, item) => pick(found, value(item)), value(list[0]!));
}

/**
 * The axis for a set of stretches. Human time (after 100,000 BC) is linear with long gaps broken out; deep time,
 * when there is any, takes the start of the line by order of magnitude (each power of ten years ago an equal step).
 */
export function timeAxis(stretches: readonly Stretch[]): TimeAxis {
  const deep = stretches.filter((stretch) => stretch.from <= DEEP_TIME_YEAR + 1);
  const human = stretches.filter((stretch) => stretch.from > DEEP_TIME_YEAR + 1);
  if (!deep.length) return linearAxis(human, 0, 1);
  const magnitude = (years: number) => Math.log10(Math.max(1, 1 - years));
  const highest = extreme(deep, (stretch) => magnitude(stretch.from), Math.max);
  const lowest = extreme(deep, (stretch) => magnitude(Math.min(stretch.to, DEEP_TIME_YEAR + 1)), Math.min);
  const deepUntil = human.length ? Math.min(0.6, Math.max(0.3, deep.length / stretches.length)) : 1;
  const deepLine = (years: number) => {
    const span = highest - lowest || 1;
    return Math.min(deepUntil, ((highest - magnitude(Math.min(years, DEEP_TIME_YEAR + 1))) / span) * deepUntil);
  };
  if (!human.length) return { position: deepLine, breaks: [], deepUntil };
  const rest = linearAxis(human, deepUntil + BREAK_WIDTH, 1);
  const gap = { at: deepUntil, width: BREAK_WIDTH, years: extreme(human, (s) => s.from, Math.min) - DEEP_TIME_YEAR };
  const position = (years: number) => (years <= DEEP_TIME_YEAR + 1 ? deepLine(years) : rest.position(years));
  return { position, breaks: [gap, ...rest.breaks], deepUntil };
}
