import * as z from 'zod';
import { idList, nonEmptyText } from './primitives';

export const DISPUTED_FIELDS = ['start', 'location', 'casualties', 'actors', 'targets', 'weapon', 'other'] as const;

/** One competing account: what is said and who says it. */
export const disputeClaimSchema = z.object({
  value: nonEmptyText.meta({ description: 'What this side says, e.g. "Erbil air base"' }),
  by: nonEmptyText.meta({ description: 'Who says it' }),
  sources: idList.default([]),
});

/** Where sources disagree about a fact of an event. The disagreement is data: it is shown, not resolved silently. */
export const disputeSchema = z.object({
  field: z.enum(DISPUTED_FIELDS).default('other'),
  topic: nonEmptyText.meta({ description: 'What is in dispute, in a short sentence' }),
  claims: z.array(disputeClaimSchema).min(2, { error: 'a dispute needs at least two competing claims' }),
  assessment: z.string().optional().meta({ description: 'What the weight of evidence suggests, if anything' }),
  status: z.enum(['open', 'resolved']).default('open'),
});

export type DisputeClaim = z.infer<typeof disputeClaimSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
