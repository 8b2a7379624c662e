/** How far a figure is established; shown in words, never by colour alone. */
export const CLAIM_STATUSES = ['confirmed', 'reported', 'claimed', 'denied', 'unverified'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
