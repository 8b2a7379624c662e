import * as z from 'zod';
import { FIGURE_QUALIFIERS } from './figure';
import { isoDate } from './isoDate';
import { id, idList, nonEmptyText } from './primitives';

/**
 * A count someone published ("at least 40 attacks since 17 Oct"). Each counter is its own `series`:
 * the Pentagon's tally and a think tank's are never drawn as one line.
 */
export const aggregateSchema = z.object({
  id,
  series: id.meta({ description: 'Who counted, as a stable id, e.g. "us-dod"' }),
  seriesLabel: nonEmptyText.meta({ description: 'Who counted, in words, e.g. "US Department of Defense"' }),
  measure: nonEmptyText.default('attacks').meta({ description: 'What is counted, e.g. "attacks on US forces"' }),
  asOf: isoDate,
  periodStart: isoDate.optional(),
  count: z.number({ error: 'count must be a number' }).int().nonnegative(),
  qualifier: z.enum(FIGURE_QUALIFIERS).default('exact'),
  text: z.string().optional().meta({ description: 'The count as the source worded it' }),
  breakdown: z.record(z.string(), z.number().int().nonnegative()).optional(),
  sources: idList.min(1, { error: 'a reported count needs at least one source' }),
  note: z.string().optional(),
});

export type Aggregate = z.infer<typeof aggregateSchema>;
