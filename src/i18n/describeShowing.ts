import type { Domain } from '../layout/types';
import { dateTimeFormat, numberFormat, resolveTimeZone } from './intl';
import { interpolate } from './interpolate';
import type { Messages } from './messages';

export interface DescribeShowingOptions {
  /** Events in view that match the filters, and all the dataset's events. */
  shown: number;
  total: number;
  /** The visible span, epoch ms. */
  domain: Domain;
  /** The locale tag (with its calendar and digits). */
  locale: string;
  /** The axis zone: the days named are the axis's days. */
  timeZone: string;
  messages: Pick<Messages, 'announceShowing' | 'announceShowingAll'>;
}

const TWO_DAYS = 2 * 86_400_000;

/**
 * What a view shows, in one sentence for the live region: "Showing 14 of 33 events, 17 Oct – 21 Nov 2023"
 * (or "Showing all 33 events, …"). The span goes through `formatRange`, so the language joins its ends;
 * under two days it names the times too.
 */
export function describeShowing(options: DescribeShowingOptions): string {
  const { shown, total, domain, locale, messages } = options;
  const timeZone = resolveTimeZone(options.timeZone);
  const short = domain[1] - domain[0] < TWO_DAYS;
  const format = dateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(short ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
  const range = domain[1] > domain[0] ? format.formatRange(domain[0], domain[1]) : format.format(domain[0]);
  const numbers = numberFormat(locale);
  return interpolate(shown >= total ? messages.announceShowingAll : messages.announceShowing, {
    shown: numbers.format(shown),
    total: numbers.format(total),
    range,
  });
}
