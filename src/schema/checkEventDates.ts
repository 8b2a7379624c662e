import type { z } from 'zod';
import { dateForm, type DateForm } from './dates';
import { datePeriod } from './epoch';
import { isTimeZone } from './timeZones';

type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute';

interface DatedEvent {
  start: string;
  end?: string | undefined;
  precision?: Precision | undefined;
  timeZone?: string | undefined;
}

const FINEST_PRECISION: Record<DateForm, Precision[]> = {
  year: ['year'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
  datetime: ['year', 'month', 'day', 'hour', 'minute'],
};

/** A precision finer than the date written, or an end before the start, is an editing mistake worth naming. */
export function checkEventDates(event: DatedEvent, ctx: z.RefinementCtx): void {
  const form = dateForm(event.start);
  if (!form) return;
  if (event.precision && !FINEST_PRECISION[form].includes(event.precision)) {
    ctx.addIssue({
      code: 'custom',
      path: ['precision'],
      message: `precision "${event.precision}" is finer than the start "${event.start}" gives (${
        form === 'datetime' ? 'a date-time' : `a ${form}`
      }); give a time with an offset or use "${FINEST_PRECISION[form].at(-1)}"`,
    });
  }
  if (event.end) {
    // A date-only end covers its whole day, so "2023-11-20T23:00+03:00" to "2023-11-21" is fine.
    const zone = event.timeZone && isTimeZone(event.timeZone) ? event.timeZone : 'UTC';
    const start = datePeriod(event.start, zone);
    const end = datePeriod(event.end, zone);
    if (start && end && end.end < start.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `end "${event.end}" is before start "${event.start}"`,
      });
    }
  }
}
