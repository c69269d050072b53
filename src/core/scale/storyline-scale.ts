/**
 * A storyline drawn to scale: each step placed at its date on the shared time axis (time-axis.ts), drawn as what its
 * date is — a moment, a span, a range it falls between, a soft "about", or a line reaching back from "before X" to
 * the last thing known — with the time between steps measured (step-gap.ts). Pages draw what this computes.
 */
import type { DateSpec } from '../dates.ts';
import { axisEnds } from '../year-labels.ts';
import { stepGap, type StepGap } from './step-gap.ts';
import { stretchOf, timeAxis, type AxisBreak, type Stretch } from './time-axis.ts';

/**
 * How a mark is drawn: `point` a dated moment, `span` a bar from start to end, `range` a stretch it falls somewhere
 * in ("between", or a date known only to its month or year), `circa` a soft widened mark, `before` a line reaching
 * back to the step before, `after` one reaching on to the step after, `group` steps too close together to tell apart.
 */
export type StepMarkKind = 'point' | 'span' | 'range' | 'circa' | 'before' | 'after' | 'group';

/** One mark: where it is (0–1), how far it reaches, which lane it is drawn in, and which steps it stands for. */
export interface StepMark {
  kind: StepMarkKind;
  /** Where the mark is anchored: its date, or the date a "before" or "after" line is known against. */
  x: number;
  from: number;
  to: number;
  /** A "before" or "after" line with no step to reach to: drawn open-ended. */
  open: boolean;
  /** The row it is drawn in, from 0 (next to the axis), so overlapping marks stay apart. */
  lane: number;
  /** The steps it stands for, by index in story order (one step unless a group). */
  first: number;
  last: number;
  count: number;
}

/** The time between two neighbouring marks, and where its label belongs (midway between them). */
export interface MarkGap extends StepGap {
  /** The index of the mark before the gap. */
  after: number;
  x: number;
}

export interface StorylineScale {
  marks: StepMark[];
  gaps: MarkGap[];
  breaks: AxisBreak[];
  deepUntil?: number;
  lanes: number;
  /** The dates at the ends of the axis, in words (the same when every step is at one moment). */
  from: string;
  to: string;
}

/** At most this many marks, so a storyline page stays small at any length: closer steps are drawn as one group. */
export const MOST_MARKS = 200;
/** At most this many rows of marks: beyond them, overlapping marks share the least crowded row. */
export const MOST_LANES = 6;
/** Room left at each end of the line (a share of it), for lines reaching back or on from the first and last steps. */
const PAD = 0.05;
/** How far an open-ended "before" or "after" line reaches, and the shortest such line, so its shape still reads. */
const OPEN_REACH = 0.04;
const MIN_REACH = 0.012;
/** A date known only to a month or year wider than this (a share of the line) is drawn as the range it falls in. */
const RANGE_WIDTH = 0.01;
/**
 * A date known only to its month or year drawn wider than this, with no other step inside it, is drawn as a point:
 * it is alone on its stretch of the axis (the one year after deep time), where a bracket would only fill the stretch.
 */
const LONE_RANGE_WIDTH = 0.2;
/** The space a point takes on each side, and the space kept between marks in one row. */
const POINT_RADIUS = 0.008;
const SPACING = 0.006;
/** The least distance between two marks (a share of the line) for the time between them to be labelled. */
const NOTICEABLE = 0.02;

/** The stretch of time a step's mark covers on the axis ("about" widened by half its unit on each side). */
function extentOf(spec: DateSpec): Stretch {
  const start = stretchOf(spec.start);
  const end = spec.end ? stretchOf(spec.end) : start;
  if (spec.qualifier === 'before') return { from: start.from, to: start.from };
  if (spec.qualifier === 'after') return { from: start.to, to: start.to };
  if (spec.qualifier === 'circa') {
    const pad = (start.to - start.from) / 2;
    return { from: start.from - pad, to: end.to + pad };
  }
  return { from: start.from, to: end.to };
}

/** A step's mark where its date alone decides it (lane chosen later, "before" and "after" lines reached later). */
function ownMark(spec: DateSpec, index: number, place: (years: number) => number): StepMark {
  const extent = extentOf(spec);
  const from = place(extent.from);
  const to = place(extent.to);
  const mark = { x: from, from, to, open: false, lane: 0, first: index, last: index, count: 1 };
  switch (spec.qualifier) {
    case 'before':
    case 'after':
      return { ...mark, kind: spec.qualifier };
    case 'between':
      return { ...mark, kind: 'range', x: (from + to) / 2 };
    case 'circa':
      return { ...mark, kind: 'circa', x: (from + to) / 2 };
    default: {
      if (spec.end) return { ...mark, kind: 'span' };
      // A date known only to its month or year is a stretch it falls in; a day or a moment is a point.
      const coarse = spec.start.precision === 'year' || spec.start.precision === 'month';
      return { ...mark, kind: coarse && to - from > RANGE_WIDTH ? 'range' : 'point', x: (from + to) / 2 };
    }
  }
}

/** Whether a mark is a month or year alone on its wide stretch of the axis (see LONE_RANGE_WIDTH). */
function isLoneRange(mark: StepMark, spec: DateSpec, marks: readonly StepMark[]): boolean {
  if (mark.kind !== 'range' || spec.qualifier === 'between' || mark.to - mark.from <= LONE_RANGE_WIDTH) return false;
  return !marks.some((other) => other !== mark && other.x >= mark.from && other.x <= mark.to);
}

/** Each step's mark, "before" reaching back to the step before it (the last thing known), "after" on to the next. */
function stepMarks(specs: readonly DateSpec[], place: (years: number) => number): StepMark[] {
  const marks = specs.map((spec, index) => ownMark(spec, index, place));
  for (const mark of marks) {
    if (!isLoneRange(mark, specs[mark.first]!, marks)) continue;
    Object.assign(mark, { kind: 'point', from: mark.x, to: mark.x });
  }
  for (const [index, mark] of marks.entries()) {
    const previous = marks[index - 1];
    const next = marks[index + 1];
    if (mark.kind === 'before') {
      if (previous) mark.from = Math.min(previous.x, mark.x - MIN_REACH);
      else Object.assign(mark, { from: mark.x - OPEN_REACH, open: true });
    }
    if (mark.kind === 'after') {
      if (next) mark.to = Math.max(next.x, mark.x + MIN_REACH);
      else Object.assign(mark, { to: mark.x + OPEN_REACH, open: true });
    }
  }
  return marks;
}

/** Steps whose marks fall within one 1/MOST_MARKS of the line, merged into one mark with their count. */
function grouped(marks: readonly StepMark[]): StepMark[] {
  if (marks.length <= MOST_MARKS) return [...marks];
  const buckets = new Map<number, StepMark[]>();
  for (const mark of marks) {
    const bucket = Math.min(MOST_MARKS - 1, Math.max(0, Math.floor(mark.x * MOST_MARKS)));
    const found = buckets.get(bucket);
    if (found) found.push(mark);
    else buckets.set(bucket, [mark]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, members]): StepMark => {
      const [only] = members;
      if (members.length === 1 && only) return only;
      // Loops, not Math.min(...): a group may hold a hundred thousand steps, more than a call takes arguments.
      let [from, to, first, last] = [Infinity, -Infinity, Infinity, -Infinity];
      for (const member of members) {
        [from, to] = [Math.min(from, member.x), Math.max(to, member.x)];
        [first, last] = [Math.min(first, member.first), Math.max(last, member.first)];
      }
      return { kind: 'group', x: (from + to) / 2, from, to, open: false, lane: 0, first, last, count: members.length };
    });
}

/**
 * Rows for the marks, in order: each in the first row where it does not overlap the mark before it. Groups (of a
 * long storyline) stand in the row by the axis as bars of their size, so the single steps take the rows above.
 */
function assignLanes(marks: StepMark[]): number {
  // Where each row's last mark ends; the groups' row is never free.
  const ends: number[] = marks.some((mark) => mark.kind === 'group') ? [Infinity] : [];
  for (const mark of marks) {
    if (mark.kind === 'group') continue;
    const from = Math.min(mark.from, mark.x - POINT_RADIUS);
    const to = Math.max(mark.to, mark.x + POINT_RADIUS);
    let lane = ends.findIndex((end) => end + SPACING <= from);
    if (lane < 0 && ends.length < MOST_LANES) lane = ends.length;
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    mark.lane = lane;
    ends[lane] = Math.max(ends[lane] ?? 0, to);
  }
  return Math.max(1, ends.length);
}

/**
 * A storyline's steps (their dates, in story order) drawn to scale: at most MOST_MARKS marks in time order (the
 * order a keyboard reaches them), the gaps between neighbouring marks worth a label, and the axis's breaks.
 */
export function storylineScale(specs: readonly DateSpec[], locale: string): StorylineScale | undefined {
  const [first] = specs;
  const last = specs.at(-1);
  if (!first || !last) return undefined;
  const extents = specs.map(extentOf);
  // The axis depends only on which stretches there are: steps on one date give it one.
  const distinct = new Map(extents.map((extent) => [`${extent.from}/${extent.to}`, extent]));
  const axis = timeAxis([...distinct.values()]);
  // Steps all at one moment (all "before 20 January") have no length to spread over: they sit mid-line.
  const still = extents.every((extent) => extent.from === extents[0]!.from && extent.to === extent.from);
  const place = (years: number) => (still ? 0.5 : PAD + (1 - 2 * PAD) * axis.position(years));
  const marks = grouped(stepMarks(specs, place));
  for (const mark of marks) {
    mark.from = Math.max(0, mark.from);
    mark.to = Math.min(1, mark.to);
  }
  const lanes = assignLanes(marks);
  const scale = (at: number) => PAD + (1 - 2 * PAD) * at;
  const breaks = axis.breaks.map((gap) => ({ ...gap, at: scale(gap.at), width: (1 - 2 * PAD) * gap.width }));
  // A gap is labelled where the drawing shows it: wide enough to see, or broken out of the axis.
  const noticeable = (from: number, to: number) =>
    to - from >= NOTICEABLE || breaks.some((gap) => gap.at >= from && gap.at <= to);
  const gaps = marks.slice(1).flatMap((mark, index) => {
    const before = marks[index]!;
    const gap = noticeable(before.x, mark.x) ? stepGap(specs[before.last]!, specs[mark.first]!) : undefined;
    return gap ? [{ ...gap, after: index, x: (before.x + mark.x) / 2 }] : [];
  });
  return {
    marks,
    gaps,
    breaks,
    ...(axis.deepUntil !== undefined ? { deepUntil: scale(axis.deepUntil) } : {}),
    lanes,
    ...axisEnds(first.start, last.end ?? last.start, locale),
  };
}

/**
 * The gap labels that fit: the longest gaps first, each kept where it does not overlap one already kept (`width`
 * gives a label's width as a share of the line), moved in from the ends to fit. Returned in time order.
 */
export function fittingGaps<T extends MarkGap>(gaps: readonly T[], width: (gap: T) => number): T[] {
  const kept: { gap: T; from: number; to: number }[] = [];
  for (const gap of [...gaps].sort((a, b) => b.years - a.years)) {
    const half = width(gap) / 2 + SPACING;
    const centre = Math.min(Math.max(gap.x, half), 1 - half);
    if (kept.some((other) => centre - half < other.to && centre + half > other.from)) continue;
    kept.push({ gap: { ...gap, x: centre }, from: centre - half, to: centre + half });
  }
  return kept.map((item) => item.gap).sort((a, b) => a.after - b.after);
}
