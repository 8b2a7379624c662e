import * as z from 'zod';
import { datasetSchema } from './dataset';

const generated = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as {
  properties: Record<string, unknown>;
} & Record<string, unknown>;

/**
 * JSON Schema (2020-12) of what an editor may write. Checks across fields (unique ids, references,
 * end after start, real calendar days, known time zones) are beyond JSON Schema: only parseDataset makes them.
 * A file may name this schema in `$schema` so editors validate and complete it as it is typed.
 */
export const datasetJsonSchema: Record<string, unknown> = {
  ...generated,
  $id: 'https://unpkg.com/flashpoint/dist/schema.json',
  title: 'Flashpoint dataset',
  properties: {
    $schema: { type: 'string', description: 'The JSON Schema this file follows' },
    ...generated.properties,
  },
};
