import type { DatasetIssue } from '../../schema/DatasetIssue';
import type { Phase } from '../../schema/phase';
import { htmlToText } from '../htmlToText';
import { IdRegistry, sanitizeId, slugify } from './ids';
import { readTimelineJsDate } from './readDate';
import { fallbackTitle } from './readSlide';
import { htmlToLine } from './text';
import { describeValue, isRecord, stringField } from './values';

/**
 * TimelineJS eras as our phases: title from the era's headline, description from its text, start and end from
 * its dates (wall-clock times in `timeZone`), id from `unique_id` or else the headline's slug. `indexes[k]` is
 * the position in `eras` of the k-th phase, for issue paths.
 */
export function readEras(
  raw: unknown,
  timeZone: string,
  issues: DatasetIssue[],
): { phases: Phase[]; indexes: number[] } {
  const phases: Phase[] = [];
  const indexes: number[] = [];
  if (raw === undefined || raw === null) return { phases, indexes };
  if (!Array.isArray(raw)) {
    issues.push({ path: 'eras', message: `eras must be a list, got ${describeValue(raw)}; they are left out` });
    return { phases, indexes };
  }
  const ids = new IdRegistry();
  raw.forEach((era: unknown, index) => {
    const at = `eras[${index}]`;
    if (!isRecord(era)) {
      issues.push({ path: at, message: `expected an era object, got ${describeValue(era)}; it is left out` });
      return;
    }
    const read = (key: 'start_date' | 'end_date') => {
      const date = readTimelineJsDate(era[key], {
        path: `${at}.${key}`,
        timeZone,
        consequence: 'the era is left out',
        issues,
      });
      if (date.kind === 'missing') {
        issues.push({ path: `${at}.${key}`, message: `an era needs a start_date and an end_date; it is left out` });
      }
      return date.kind === 'date' ? date.value : undefined;
    };
    const start = read('start_date');
    const end = read('end_date');
    if (start === undefined || end === undefined) return;
    const description = htmlToText(stringField(era.text, 'text') ?? '');
    let title = htmlToLine(stringField(era.text, 'headline'));
    if (!title) {
      const { title: made, ...issue } = fallbackTitle([description], `${at}.text.headline`, 'era', 'Untitled period');
      issues.push(issue);
      title = made;
    }
    const given = sanitizeId(stringField(era, 'unique_id') ?? '');
    phases.push({
      id: ids.claim(given || slugify(title) || 'era'),
      title,
      start,
      end,
      ...(description && { description }),
    });
    indexes.push(index);
  });
  return { phases, indexes };
}
