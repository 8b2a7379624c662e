import * as z from 'zod';
import { FIGURE_QUALIFIERS } from './figureQualifiers';

export { FIGURE_QUALIFIERS };

const count = z
  .number({ error: 'a count must be a number' })
  .int({ error: 'a count must be a whole number' })
  .nonnegative({ error: 'a count cannot be negative' });

/**
 * A reported number as the source worded it: exact (`3`), a range (`{ min: 2, max: 3 }`),
 * bounded (`{ min: 40, qualifier: "more-than" }`), or only words (`{ text: "several" }`).
 */
export const figureObjectSchema = z
  .object({
    value: count.optional(),
    min: count.optional(),
    max: count.optional(),
    qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
    text: z.string().optional().meta({ description: 'The wording of the source, e.g. "a number of"' }),
  })
  .superRefine((figure, ctx) => {
    const hasRange = figure.min !== undefined || figure.max !== undefined;
    if (figure.value === undefined && !hasRange && !figure.text) {
      ctx.addIssue({ code: 'custom', message: 'a figure needs a value, a min/max range or the words of the source' });
    }
    if (figure.value !== undefined && hasRange) {
      ctx.addIssue({ code: 'custom', message: 'give either a value or a min/max range, not both' });
    }
    if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `max ${figure.max} is below min ${figure.min}` });
    }
  });

export const figureSchema = z.union([count, figureObjectSchema], {
  error: 'expected a number, or an object like { "min": 2, "max": 3 }',
});

export type FigureObject = z.infer<typeof figureObjectSchema>;
export type Figure = z.infer<typeof figureSchema>;
