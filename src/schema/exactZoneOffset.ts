import { utcDate } from './utcDate';

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building one costs far more than using it. Throws RangeError for an unknown zone. */
export function offsetFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** en-US, h23: "10/7/2023, 03:00:00". Anything else (an era, another calendar) goes through formatToParts. */
const EN_US_WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/**
 * The zone's offset from UTC at an instant, in ms, asked of Intl every time. `format` and a regex are
 * about five times faster than `formatToParts` and read the same fields; formatToParts is kept for output
 * of another shape.
 */
export function exactZoneOffsetMs(epochMs: number, timeZone: string): number {
  const formatter = offsetFormatterFor(timeZone);
  const m = EN_US_WALL_CLOCK.exec(formatter.format(epochMs));
  let asUtc: number;
  if (m) {
    asUtc = utcDate(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]));
  } else {
    const parts: Record<string, number> = {};
    for (const part of formatter.formatToParts(epochMs)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    asUtc = utcDate(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  }
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}
