import type { GapUnit } from '../layout/gapDuration';
import { interpolate } from './interpolate';
import { unitFormat } from './intl';
import type { Messages } from './messages';

/** "3 weeks", "17 days", "٣ أسابيع": a whole count of a unit, in the locale's words, plural forms and digits. */
export function formatDuration(count: number, unit: GapUnit, locale: string): string {
  return unitFormat(locale, unit).format(count);
}

/** The words of a break over a quiet stretch: `messages.gapLater` filled in, "3 weeks later". */
export function formatGapLater(
  gap: { count: number; unit: GapUnit },
  options: { locale: string; messages: Pick<Messages, 'gapLater'> },
): string {
  return interpolate(options.messages.gapLater, { duration: formatDuration(gap.count, gap.unit, options.locale) });
}
