import { describe, expect, it } from 'vitest';
import { parseDate, type DateSpec, type PartialDate } from '../../src/core/dates.ts';
import {
  busiestFirst,
  MOST_LANES,
  MOST_MARKS_PER_LANE,
  MOST_MARKS_PER_PAGE,
  sideBySide,
  type LaneEntry,
  type Storyline,
} from '../../src/core/scale/lanes.ts';
import { listPages } from '../../src/lib/paging.ts';

const date = (input: string | number): PartialDate => {
  const parsed = parseDate(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.date;
};
const entry = (id: string, start: string | number, more: Omit<DateSpec, 'start'> = {}): LaneEntry => {
  const spec: DateSpec = { start: date(start), ...more };
  if (more.end) spec.end = more.end;
  return { id, title: `Title ${id}`, date: String(start), spec };
};
const storyline = (id: string, entries: LaneEntry[], colour = 0): Storyline => ({
  id,
  title: `Storyline ${id}`,
  colour,
  entries,
});

describe('sideBySide', () => {
  it('puts every lane on one axis: the same day is at the same place in each', () => {
    const view = sideBySide(
      [
        storyline('call', [entry('a', '2025-01-01'), entry('b', '2025-01-20')]),
        storyline('peace', [entry('c', '2025-01-10'), entry('d', '2025-01-20'), entry('e', '2025-01-31')]),
      ],
      'en-GB',
    )!;
    const [call, peace] = view.lanes;
    expect(call!.marks.at(-1)!.x).toBe(peace!.marks[1]!.x);
    expect(call!.marks[0]!.x).toBe(0);
    // Equal gaps, equal lengths: 1 → 10 January is nine days, 10 → 20 January ten.
    expect(peace!.marks[0]!.x / (call!.marks[1]!.x - peace!.marks[0]!.x)).toBeCloseTo(9 / 10, 5);
    expect(view.from).toBe('1 January 2025');
    expect(view.to).toBe('31 January 2025');
  });

  it('gives each mark its entry, its accessible name (title, date) and its place in time order', () => {
    const view = sideBySide([storyline('s', [entry('late', '2025-03-01'), entry('early', '2025-01-01')])], 'en')!;
    expect(view.lanes[0]!.marks.map(({ entry: id, name, count }) => [id, name, count])).toEqual([
      ['early', 'Title early, 2025-01-01', 1],
      ['late', 'Title late, 2025-03-01', 1],
    ]);
  });

  it('never draws a later entry earlier, whatever the precision', () => {
    const dates = ['2019', '2020-02', '2020-03-10', '2020-05-10T10:00Z', '2021-06-01', '2024'];
    const view = sideBySide(
      [
        storyline(
          's',
          dates.map((d, i) => entry(`e${i}`, d)),
        ),
      ],
      'en',
    )!;
    const xs = view.lanes[0]!.marks.map((mark) => mark.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(view.lanes[0]!.marks.map((mark) => mark.entry)).toEqual(dates.map((_, i) => `e${i}`));
  });

  it('draws a span as a bar from its start to its end, and a moment as a mark without length', () => {
    const view = sideBySide(
      [
        storyline('s', [
          entry('moment', '2020-01-01'),
          entry('span', '2020-01-01', { end: date('2020-12-31') }),
          entry('end', '2021-12-31'),
        ]),
      ],
      'en',
    )!;
    // The moment and the span start on the same day: one mark that counts both, drawn as the span's bar.
    const [both, end] = view.lanes[0]!.marks;
    expect([both!.entry, both!.count, end!.entry, end!.count, end!.width]).toEqual(['moment', 2, 'end', 1, 0]);
    // The axis holds the last day whole: the entry dated 31 December 2021 starts a day before its end.
    expect(end!.x).toBeCloseTo(1 - 1 / 731, 4);
    expect(both!.width).toBeCloseTo(0.5, 2);
  });

  it('keeps moments grouped together a moment, without a bar', () => {
    const view = sideBySide(
      [storyline('s', [entry('a', '2020-01-01'), entry('b', '2020-01-01'), entry('c', 2030)])],
      'en',
    )!;
    expect(view.lanes[0]!.marks.map(({ count, width }) => [count, width])).toEqual([
      [2, 0],
      [1, 0],
    ]);
  });

  it('keeps the lanes it is given in order and leaves out those past a page', () => {
    const many = Array.from({ length: MOST_LANES + 3 }, (_, i) => storyline(`s${i}`, [entry(`e${i}`, 2000 + i)]));
    const view = sideBySide(many, 'en')!;
    expect(view.lanes.map((lane) => lane.id)).toEqual(many.slice(0, MOST_LANES).map((s) => s.id));
  });

  it('stays bounded at 10,000 entries: marks merged and counted, none lost, at most the page budget', () => {
    const lanes = Array.from({ length: MOST_LANES }, (_, lane) =>
      storyline(
        `s${lane}`,
        Array.from({ length: 1250 }, (_, i) => {
          const day = new Date(Date.UTC(1990, 0, 1 + i * 7 + lane)).toISOString().slice(0, 10);
          return entry(`e${lane}-${i}`, day);
        }),
      ),
    );
    const view = sideBySide(lanes, 'en')!;
    let drawn = 0;
    for (const lane of view.lanes) {
      expect(lane.marks.length).toBeLessThanOrEqual(MOST_MARKS_PER_LANE);
      expect(lane.marks.reduce((sum, mark) => sum + mark.count, 0)).toBe(1250);
      const xs = lane.marks.map((mark) => mark.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      drawn += lane.marks.length;
    }
    expect(drawn).toBeLessThanOrEqual(MOST_MARKS_PER_PAGE);
    // Shared fairly: no busy lane is starved to a handful of marks.
    for (const lane of view.lanes) expect(lane.marks.length).toBeGreaterThan(MOST_MARKS_PER_PAGE / MOST_LANES / 2);
  });

  it('lets quiet lanes give their share of the page to a busy one', () => {
    const quiet = Array.from({ length: MOST_LANES - 1 }, (_, i) => storyline(`q${i}`, [entry(`q${i}`, '2000-01-01')]));
    const busy = storyline(
      'busy',
      Array.from({ length: 300 }, (_, i) =>
        entry(`b${i}`, `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
      ),
    );
    const view = sideBySide([busy, ...quiet], 'en')!;
    expect(view.lanes[1]!.marks).toHaveLength(1);
    expect(view.lanes[0]!.marks.length).toBeGreaterThan(MOST_MARKS_PER_PAGE / MOST_LANES);
    expect(view.lanes[0]!.marks.length).toBeLessThanOrEqual(MOST_MARKS_PER_LANE);
  });

  it('shares a broken axis with deep time, in order, and says where deep time ends', () => {
    const view = sideBySide(
      [
        storyline('cosmos', [entry('big-bang', -13_800_000_000), entry('earth', -4_540_000_000)]),
        storyline('news', [entry('pledge', '2024-11-01'), entry('call', '2025-01-19')]),
      ],
      'en',
    )!;
    expect(view.deepUntil).toBeDefined();
    const [cosmos, news] = view.lanes;
    expect(cosmos!.marks[0]!.x).toBeLessThan(cosmos!.marks[1]!.x);
    expect(cosmos!.marks[1]!.x).toBeLessThanOrEqual(view.deepUntil!);
    expect(news!.marks[0]!.x).toBeGreaterThan(view.deepUntil!);
    expect(news!.marks[0]!.x).toBeLessThan(news!.marks[1]!.x);
  });

  it('draws nothing for storylines without entries', () => {
    expect(sideBySide([storyline('empty', [])], 'en')).toBeUndefined();
  });
});

describe('busiestFirst', () => {
  it('orders storylines by how many entries they have, ties by title in the language', () => {
    const lanes = [
      { title: 'Émile', entries: [1] },
      { title: 'Zoë', entries: [1, 2, 3] },
      { title: 'Anna', entries: [1] },
      { title: 'Bo', entries: [1, 2] },
    ];
    expect(busiestFirst(lanes, 'en').map((lane) => lane.title)).toEqual(['Zoë', 'Bo', 'Anna', 'Émile']);
  });

  it('pages the rest at the list scheme, a page of lanes at a time', () => {
    const lanes = Array.from({ length: 2 * MOST_LANES + 1 }, (_, i) => ({
      title: `S${i}`,
      entries: Array.from({ length: i }),
    }));
    const pages = listPages(busiestFirst(lanes, 'en'), 'threads/side-by-side/', MOST_LANES);
    expect(pages.map((page) => page.props.page.data.length)).toEqual([MOST_LANES, MOST_LANES, 1]);
    expect(pages[0]!.props.page.data[0]!.title).toBe(`S${2 * MOST_LANES}`);
    expect(pages[0]!.props.page.url.next).toBe('/threads/side-by-side/page/2/');
    expect(pages.map((page) => page.params.page)).toEqual([undefined, 'page/2', 'page/3']);
  });
});
