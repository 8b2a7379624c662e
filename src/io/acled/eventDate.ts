import type { DatasetIssue, TimelineEventInput } from '../../schema/index';
import { rowPath, type AcledRow } from './columns';
import { parseAcledDate } from './parseAcledDate';

type EventDate = Pick<TimelineEventInput, 'start' | 'precision' | 'approximate' | 'dateNote'>;

/**
 * `event_date` and `time_precision` → start, precision and how sure the date is. ACLED dates are calendar
 * days where the event happened (no time of day), read in the dataset's zone.
 *
 * - 1 (the day is known) → precision `day`.
 * - 2 (the source gives a week or a weekend; ACLED codes a day in it) → precision `day`, approximate,
 *   with the note "ACLED: date within a week".
 * - 3 (only the month, or a longer period, is known; ACLED codes a day in it) → precision `month`,
 *   approximate, start `YYYY-MM`, with ACLED's coded day kept in the note.
 */
export function acledEventDate(row: AcledRow, issues: DatasetIssue[], eventId: string): EventDate | null {
  const at = (column: Parameters<typeof rowPath>[1]) => rowPath(row.rowNumber, column);
  const parsed = parseAcledDate(row.get('event_date'));
  if ('problem' in parsed) {
    issues.push({ path: at('event_date'), message: `${parsed.problem}; the row was left out`, eventId });
    return null;
  }
  const { date } = parsed;
  const year = row.get('year').trim();
  if (year !== '' && year !== date.slice(0, 4)) {
    issues.push({
      path: at('year'),
      message: `year ${year} does not match event_date ${date}; the event_date was used`,
      eventId,
    });
  }
  const precision = row.get('time_precision').trim();
  if (precision === '' || precision === '1') return { start: date, precision: 'day' };
  if (precision === '2')
    return { start: date, precision: 'day', approximate: true, dateNote: 'ACLED: date within a week' };
  if (precision === '3') {
    return {
      start: date.slice(0, 7),
      precision: 'month',
      approximate: true,
      dateNote: `ACLED: only the month (or a longer period) is known; ACLED coded the date as ${date}`,
    };
  }
  issues.push({
    path: at('time_precision'),
    message: `"${precision}" is not an ACLED time precision (1, 2 or 3); the date was marked approximate`,
    eventId,
  });
  return { start: date, precision: 'day', approximate: true, dateNote: 'ACLED: time precision not given' };
}
