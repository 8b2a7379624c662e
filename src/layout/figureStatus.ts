import type { CasualtyReport } from '../schema/casualtyReport';

/**
 * How far an event's figures are established, for the mark on the graphic: the strongest status among its
 * reports, or "contested" when an official denial or a bare claim stands against other accounts.
 * "none" when the event has no casualty reports.
 */
export type FigureStatus = 'confirmed' | 'reported' | 'claimed' | 'denied' | 'unverified' | 'contested' | 'none';

const STRENGTH: readonly CasualtyReport['status'][] = ['confirmed', 'reported', 'claimed', 'denied', 'unverified'];

export function figureStatus(reports: readonly Pick<CasualtyReport, 'status'>[] | undefined): FigureStatus {
  if (!reports?.length) return 'none';
  const statuses = new Set(reports.map((report) => report.status));
  const established = statuses.has('confirmed') || statuses.has('reported');
  if (statuses.has('denied') && (statuses.has('claimed') || established)) return 'contested';
  if (statuses.has('claimed') && established) return 'contested';
  return STRENGTH.find((status) => statuses.has(status)) ?? 'unverified';
}
