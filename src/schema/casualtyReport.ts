import * as z from 'zod';
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
    killed: figureSchema
      .optional()
      .meta({ description: 'Deaths: a number, a range or the words of the source', examples: [3, { min: 2, max: 3 }] }),
    injured: figureSchema
      .optional()
      .meta({ description: 'Injuries, in the same forms', examples: [{ min: 40, qualifier: 'more-than' }] }),
    status: claimStatus.meta({ description: 'confirmed, reported, claimed, denied or unverified' }),
    reportedBy: nonEmptyText.meta({ description: 'Who gives this figure, in words' }),
    reportedByActor: id.optional().meta({ description: 'Actor id of whoever gives the figure, when it is an actor' }),
    asOf: isoDate.optional().meta({ description: 'When this figure was given' }),
    sources: idList.default([]).meta({ description: 'Ids of the sources for this figure' }),
    note: z.string().optional().meta({ description: 'Context: revised, rounded, or who is counted' }),
  })
  .refine((report) => report.killed !== undefined || report.injured !== undefined || report.status === 'unverified', {
    error: 'a casualty report needs killed or injured figures (or status "unverified" when no figure was found)',
  });

export type CasualtyReport = z.infer<typeof casualtyReportSchema>;
