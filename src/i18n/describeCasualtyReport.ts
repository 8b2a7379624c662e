import type { CasualtyReport } from '../schema/index';
import { CLAIM_STATUSES, type ClaimStatus } from '../schema/claimStatuses';
import { formatDateValue } from './formatEventDate';
import { formatFigure, isZeroFigure } from './formatFigure';
import { listFormat } from './intl';
import { interpolate } from './interpolate';
import { en, type Messages } from './messages';

export interface DescribeCasualtyOptions {
  locale: string;
  /** Zone for an as-of date-time (the place's); date-only as-of dates are shown as written. */
  timeZone: string;
  messages?: Messages;
}

/** The pieces of a casualty report in words, for components that lay them out. */
export interface CasualtyReportParts {
  /** A known status; anything else is treated as "unverified". */
  status: ClaimStatus;
  /** "Claimed", "Not verified" … */
  statusLabel: string;
  /** "US service members: 3 killed, more than 40 injured" */
  figures: string;
  /** The same without who was hit: "3 killed, more than 40 injured". */
  counts: string;
  /** Who was hit, from the data ("US service members"), or "". */
  group: string;
  /** "claimed by Islamic Resistance in Iraq" */
  statusBy: string;
  /** Who gives the figures, from the data ("Islamic Resistance in Iraq"), or "?". */
  who: string;
  /** The template of `statusBy` ("claimed by {who}"), for renderers that isolate the name (`<bdi>`). */
  statusByTemplate: string;
  /** "(as of 29 January 2024)", or "" */
  asOf: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function casualtyReportParts(report: CasualtyReport, options: DescribeCasualtyOptions): CasualtyReportParts {
  const messages = options.messages ?? en;
  const status: ClaimStatus = CLAIM_STATUSES.includes(report?.status) ? report.status : 'unverified';
  const figure = (value: CasualtyReport['killed'], template: string, none: string) => {
    if (value === undefined || value === null) return null;
    if (isZeroFigure(value)) return none;
    const words = formatFigure(value, options);
    return words ? interpolate(template, { figure: words }) : null;
  };
  const counts = [
    figure(report?.killed, messages.killed, messages.noneKilled),
    figure(report?.injured, messages.injured, messages.noneInjured),
  ].filter((part): part is string => part !== null);
  const countsText = counts.length ? listFormat(options.locale, 'unit').format(counts) : messages.noFigure;
  const group = text(report?.group);
  const figures = group ? interpolate(messages.casualtyGroup, { group, figures: countsText }) : countsText;
  const who = text(report?.reportedBy) || '?';
  const asOfDate =
    typeof report?.asOf === 'string'
      ? formatDateValue(report.asOf, { ...options, messages, precision: 'day', showZone: false })
      : '';
  return {
    status,
    statusLabel: messages.status[status],
    figures,
    counts: countsText,
    group,
    statusBy: interpolate(messages.statusBy[status], { who }),
    who,
    statusByTemplate: messages.statusBy[status],
    asOf: asOfDate ? interpolate(messages.asOf, { date: asOfDate }) : '',
  };
}

/**
 * A casualty report as one sentence, status always in words:
 * "3 killed, more than 40 injured — confirmed by US Department of Defense (as of 29 January 2024)".
 */
export function describeCasualtyReport(report: CasualtyReport, options: DescribeCasualtyOptions): string {
  const messages = options.messages ?? en;
  const parts = casualtyReportParts(report, options);
  const sentence = interpolate(messages.casualtyReport, { figures: parts.figures, status: parts.statusBy });
  return parts.asOf ? `${sentence} ${parts.asOf}` : sentence;
}
