import { describe, expect, it } from 'vitest';
import { DEEP_TIME_YEAR, formatYear } from '../../src/core/dates.ts';
import { useStrings } from '../../src/i18n/ui.ts';

describe("a year page's title", () => {
  it('reads right for deep time: "from 13.8 billion years ago", never "in … years ago"', () => {
    const year = -13_799_999_999;
    const en = useStrings('en').allOfYear(formatYear(year, 'en'), year <= DEEP_TIME_YEAR);
    expect(en).toBe('Everything from 13.8 billion years ago');
    const uk = useStrings('uk').allOfYear(formatYear(year, 'uk'), year <= DEEP_TIME_YEAR);
    expect(uk).toBe('Усе, що сталося 13,8 мільярда років тому');
  });

  it('keeps "in" for a calendar year', () => {
    expect(useStrings('en').allOfYear('44 BC')).toBe('Everything in 44 BC');
    expect(useStrings('uk').allOfYear('2025')).toBe('Усі події 2025 року');
  });
});
