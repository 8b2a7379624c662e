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
  // Flags, not a Set: this runs for every event of a dataset (100,000 of them at mount).
  const has = { confirmed: false, reported: false, claimed: false, denied: false, unverified: false };
  for (const report of reports) if (report && report.status in has) has[report.status] = true;
  const established = has.confirmed || has.reported;
  if (has.denied && (has.claimed || established)) return 'contested';
  if (has.claimed && established) return 'contested';
  return STRENGTH.find((status) => has[status]) ?? 'unverified';
}
