import { z } from 'zod';
import { datasetSchema } from './dataset';

/**
 * JSON Schema (2020-12) of what an editor may write. Checks across fields (unique ids, references,
 * end after start, real calendar days, known time zones) are beyond JSON Schema: only parseDataset makes them.
 */
export const datasetJsonSchema: Record<string, unknown> = {
  ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  $id: 'https://unpkg.com/flashpoint/dist/schema.json',
  title: 'Flashpoint dataset',
};
