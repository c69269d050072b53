import { describe, expect, it } from 'vitest';
import { dateWords } from '../../src/core/date-words.ts';
import { MOST_YEAR_GROUPS, spanLabel, yearSpans } from '../../src/core/periods.ts';

const ids = (years: number[]) => [...new Set([...yearSpans(years).values()].map((span) => span.id))];

describe('yearSpans', () => {
  it('gives each year its own group while there are few, BC apart from AD', () => {
    expect(ids([-43, 43, 2025, -13_799_999_999])).toEqual(['44-bc', '43', '2025', '13800000000-bc']);
  });

  it('groups many years into decades, centuries or more, never more groups than the limit', () => {
    const years = Array.from({ length: 300 }, (_, index) => 1725 + index);
    const spans = yearSpans(years);
    expect(new Set([...spans.values()].map((span) => span.id)).size).toBeLessThanOrEqual(MOST_YEAR_GROUPS);
    expect(spans.get(1999)).toEqual({ id: '1990-to-1999', first: 1990, last: 1999 });
    const centuries = yearSpans(Array.from({ length: 3100 }, (_, index) => index - 1000));
    expect(centuries.get(2000)).toEqual({ id: '2000-to-2099', first: 2000, last: 2099 });
    expect(centuries.get(0)).toEqual({ id: '99-bc-to-1-bc', first: -98, last: 0 });
    expect(centuries.get(1)).toEqual({ id: '1-to-99', first: 1, last: 99 });
  });

  it('puts deep time in spans of its order of magnitude when years are many', () => {
    const years = [...Array.from({ length: 50 }, (_, index) => 1950 + index), -13_799_999_999, -4_599_999_999];
    const spans = yearSpans(years);
    const deep = spans.get(-13_799_999_999);
    expect(deep).toEqual({ id: '99999999999-bc-to-10000000000-bc', first: -99_999_999_998, last: -9_999_999_999 });
    expect(spanLabel(deep!, 'en', dateWords('en'))).toBe('100 billion years ago – 10 billion years ago');
    expect(spans.get(-4_599_999_999)?.id).toBe('9999999999-bc-to-1000000000-bc');
  });

  it('stays bounded for any spread of years', () => {
    const years = Array.from({ length: 5000 }, (_, index) => Math.round((index - 2500) ** 3 * 1000));
    expect(new Set([...yearSpans(years).values()].map((span) => span.id)).size).toBeLessThanOrEqual(MOST_YEAR_GROUPS);
  });
});
