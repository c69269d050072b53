/**
 * Storylines side by side: each storyline a lane of marks across one shared time axis (time-axis.ts), so a reader
 * sees which developments ran at the same time. Bounded at any archive size: a page holds at most MOST_LANES lanes
 * and MOST_MARKS_PER_PAGE marks; entries too close to tell apart are drawn as one mark that counts them.
 */
import type { DateSpec } from '../dates.ts';
import { axisEnds } from '../year-labels.ts';
import { stretchOf, timeAxis, type AxisBreak, type Stretch } from './time-axis.ts';

/** How many lanes a page shows: enough to compare, few enough to read. */
export const MOST_LANES = 8;
/** How many marks one lane draws at most. */
export const MOST_MARKS_PER_LANE = 200;
/** How many marks a page draws in all, shared among its lanes, so the page stays small however busy they are. */
export const MOST_MARKS_PER_PAGE = 480;
/** Marks closer than this (a share of the axis: a pixel of a drawing 1000 wide) are drawn as one. */
export const PIXEL = 1 / 1000;

/** An entry of a storyline as a lane needs it: its link target, its words and its date. */
export interface LaneEntry {
  id: string;
  title: string;
  /** The date as the site prints it ("before 20 January 2025"). */
  date: string;
  spec: DateSpec;
}

/** A storyline to draw: its entries in story order, and its place among the storylines (its colour). */
export interface Storyline {
  id: string;
  title: string;
  colour: number;
  entries: readonly LaneEntry[];
}

/** One mark: an entry (or several too close to tell apart), where it starts (0–1) and how long it lasts. */
export interface LaneMark {
  /** The entry the mark links to: the first of those it stands for. */
  entry: string;
  /** The first entry's accessible name: "title, date". */
  name: string;
  /** How many entries the mark stands for. */
  count: number;
  x: number;
  /** 0 for a moment; a span's length (wider than a pixel) is drawn as a bar. */
  width: number;
}

/** A storyline's lane: its marks in time order (the order a keyboard reaches them). */
export interface Lane {
  id: string;
  title: string;
  colour: number;
  /** How many entries the storyline has. */
  total: number;
  marks: LaneMark[];
}

/** A page of lanes on one axis, with the axis's breaks and the labels of its ends. */
export interface LanesView {
  lanes: Lane[];
  breaks: AxisBreak[];
  /** Where deep time, drawn by order of magnitude, ends (0–1), when the axis starts in deep time. */
  deepUntil?: number;
  from: string;
  to: string;
}

/** Storylines busiest first (most entries), ties by title in the site's language: the order of the lane pages. */
export function busiestFirst<T extends { title: string; entries: readonly unknown[] }>(
  storylines: readonly T[],
  locale: string,
): T[] {
  const collator = new Intl.Collator(locale);
  return [...storylines].sort((a, b) => b.entries.length - a.entries.length || collator.compare(a.title, b.title));
}

/** The whole time an entry's date names, from its start's first moment to its end's (or start's) last. */
function extentOf({ start, end }: DateSpec): Stretch {
  return { from: stretchOf(start).from, to: stretchOf(end ?? start).to };
}

/** Where an entry is drawn: a span from its start to its end, a moment otherwise (where its date sorts). */
function stretchOfEntry({ start, end, qualifier }: DateSpec): Stretch {
  const first = stretchOf(start);
  if (end && qualifier !== 'before' && qualifier !== 'after') return { from: first.from, to: stretchOf(end).to };
  const moment = qualifier === 'after' ? first.to : first.from;
  return { from: moment, to: moment };
}

/** Marks grouped greedily: a group takes every later mark starting less than `width` after its own start. */
function grouped(marks: readonly LaneMark[], width: number): LaneMark[] {
  const groups: LaneMark[] = [];
  for (const mark of marks) {
    const group = groups.at(-1);
    if (group && mark.x - group.x < width) {
      group.count += mark.count;
      // Moments grouped stay a moment; only a span in the group makes it a bar.
      if (mark.width > 0) group.width = Math.max(group.width, mark.x + mark.width - group.x);
    } else groups.push({ ...mark });
  }
  return groups;
}

/** The marks grouped finely enough to tell apart, and coarsely enough to number at most `most`. */
function bounded(marks: readonly LaneMark[], most: number): LaneMark[] {
  const fine = grouped(marks, PIXEL);
  if (fine.length <= most) return fine;
  // Greedy grouping gives the fewest groups for a width, and fewer as it grows: search the narrowest that fits.
  let low = PIXEL;
  // At this width no more than `most` groups fit between 0 and 1 (one mark: a width past the whole axis).
  let high = most > 1 ? 1 / (most - 1) : 2;
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (grouped(marks, middle).length <= most) high = middle;
    else low = middle;
  }
  return grouped(marks, high);
}

/** Each lane's share of the page's marks: what it needs, the rest shared among the lanes that need more. */
function allotments(needs: readonly number[]): number[] {
  const shares = needs.map(() => 0);
  let left = MOST_MARKS_PER_PAGE;
  const order = needs.map((need, index) => ({ need, index })).sort((a, b) => a.need - b.need);
  for (const [place, { need, index }] of order.entries()) {
    shares[index] = Math.max(1, Math.min(need, MOST_MARKS_PER_LANE, Math.floor(left / (order.length - place))));
    left -= shares[index]!;
  }
  return shares;
}

/** Lays out a page of storylines (at most MOST_LANES, in the order given) on one axis over all their entries. */
export function sideBySide(storylines: readonly Storyline[], locale: string): LanesView | undefined {
  const shown = storylines.slice(0, MOST_LANES);
  const entries = shown.flatMap((storyline) => storyline.entries);
  if (!entries.length) return undefined;
  // The axis holds each date whole, so a last entry dated to the day has its day to stand in, not the axis's end.
  const stretches = entries.map((entry) => extentOf(entry.spec));
  const axis = timeAxis(stretches);
  const marksOf = (storyline: Storyline) =>
    storyline.entries
      .map((entry) => {
        const { from, to } = stretchOfEntry(entry.spec);
        const x = axis.position(from);
        const width = axis.position(to) - x;
        return {
          entry: entry.id,
          name: `${entry.title}, ${entry.date}`,
          count: 1,
          x,
          width: width < PIXEL ? 0 : width,
        };
      })
      .sort((a, b) => a.x - b.x);
  const marks = shown.map(marksOf);
  const shares = allotments(marks.map((lane) => grouped(lane, PIXEL).length));
  const lanes = shown.map((storyline, index) => ({
    id: storyline.id,
    title: storyline.title,
    colour: storyline.colour,
    total: storyline.entries.length,
    marks: bounded(marks[index]!, shares[index]!),
  }));
  let [earliest, latest] = [0, 0];
  for (const [index, { from, to }] of stretches.entries()) {
    if (from < stretches[earliest]!.from) earliest = index;
    if (to > stretches[latest]!.to) latest = index;
  }
  const first = entries[earliest]!.spec;
  const last = entries[latest]!.spec;
  return {
    lanes,
    breaks: axis.breaks,
    ...(axis.deepUntil !== undefined ? { deepUntil: axis.deepUntil } : {}),
    ...axisEnds(first.start, last.end ?? last.start, locale),
  };
}
