import { z } from 'zod';
import { figureSchema } from './figure';
import { id, idList, nonEmptyText } from './primitives';
import { isoDate } from './isoDate';
import { CLAIM_STATUSES } from './claimStatuses';

export const claimStatus = z.enum(CLAIM_STATUSES, {
  error: (issue) =>
    `"${String(issue.input)}" is not a claim status (use ${CLAIM_STATUSES.map((s) => `"${s}"`).join(', ')})`,
});

/** One party's account of the toll of one event. An event can carry several that disagree. */
export const casualtyReportSchema = z
  .object({
    group: z.string().optional().meta({ description: 'Who was hit, e.g. "US service members"' }),
    killed: figureSchema.optional(),
    injured: figureSchema.optional(),
    status: claimStatus,
    reportedBy: nonEmptyText.meta({ description: 'Who gives this figure, in words' }),
    reportedByActor: id.optional().meta({ description: 'Actor id of whoever gives the figure, when it is an actor' }),
    asOf: isoDate.optional(),
    sources: idList.default([]),
    note: z.string().optional(),
  })
  .refine((report) => report.killed !== undefined || report.injured !== undefined || report.status === 'unverified', {
    error: 'a casualty report needs killed or injured figures (or status "unverified" when no figure was found)',
  });

export type CasualtyReport = z.infer<typeof casualtyReportSchema>;
