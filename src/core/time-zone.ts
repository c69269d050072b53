/**
 * Time zones by name (IANA: Europe/Kyiv, America/New_York) for wall-clock times written without an offset, such as a
 * TimelineJS spreadsheet's. The zone's rules (summer time, and the local mean time of old dates) come from the
 * system's time zone data through `@date-fns/tz`; this file only turns them into the offsets this model writes.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

/** A fixed offset as written in dates: `Z`, `+01:00`, `-05:30`. */
export const FIXED_OFFSET = /^(Z|[+-]\d{2}:\d{2})$/;

/** Whether `name` is a time zone this system knows by name (aliases such as Europe/Kiev included). */
export function isZoneName(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC as an offset: 120 → `+02:00`, 0 → `Z`. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const whole = Math.abs(minutes);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}

/** A wall-clock time, as written: month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The offset `zone` had at a wall-clock time there, and a note where the clock cannot be read as written: a time
 * skipped when the clocks went forward keeps the offset in force before the change (the moment a clock that was not
 * changed would have shown); an offset of local mean time (+02:02:04 in Kyiv before 1924) is rounded to the minute.
 */
export function offsetInZone(zone: string, clock: WallClock): { offset: string; note?: string } {
  const date = new TZDate(2000, 0, 1, 0, 0, 0, zone);
  // Set field by field: the constructor would read years 0–99 as 1900–1999.
  date.setFullYear(clock.year, clock.month - 1, clock.day);
  date.setHours(clock.hour, clock.minute, clock.second, 0);
  const exact = tzOffset(zone, date);
  const minutes = Math.round(exact);
  if (date.getHours() !== clock.hour || date.getMinutes() !== clock.minute) {
    const before = Math.round(tzOffset(zone, new Date(date.getTime() - 86_400_000)));
    const time = `${clock.hour}:${String(clock.minute).padStart(2, '0')}`;
    const offset = offsetText(before);
    const note = `${time} did not exist in ${zone} that day (the clocks went forward); kept at ${offset}, as before`;
    return { offset, note };
  }
  if (minutes !== exact) {
    return {
      offset: offsetText(minutes),
      note: `${zone} kept local mean time then; its offset is rounded to the minute`,
    };
  }
  return { offset: offsetText(minutes) };
}
