import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { datasetJsonSchema } from '../../src/schema/jsonSchema';
import { validInput } from './fixtures';
import { INVALID_CASES } from './invalidCases';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(datasetJsonSchema);

// Checks across fields cannot be written in JSON Schema; only parseDataset makes them.
const RUNTIME_ONLY = new Set([
  '29 February in a common year',
  'end before start',
  'a precision finer than the date',
  'a duplicate event id',
  'an unknown actor',
  'an unknown source',
  'a link to an event that does not exist',
  'an invalid time zone',
  'an unknown category',
  'a range whose max is below its min',
]);

describe('datasetJsonSchema', () => {
  it('is JSON Schema 2020-12', () => {
    expect(datasetJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts a valid dataset', () => {
    expect(validate(validInput()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(INVALID_CASES.filter((c) => !RUNTIME_ONLY.has(c.name)))('rejects $name at $path', ({ input, path }) => {
    expect(validate(input)).toBe(false);
    const pointer = `/${path
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .join('/')}`;
    expect(validate.errors!.map((error) => error.instancePath)).toContain(pointer.replace(/\/title$/, ''));
  });
});

describe('datasetJsonSchema and editors', () => {
  it('accepts a dataset that names the schema in "$schema"', () => {
    expect(validate({ $schema: 'https://unpkg.com/flashpoint/dist/schema.json', ...validInput() })).toBe(true);
  });

  it('describes every event field for completion in editors', () => {
    const event = (
      datasetJsonSchema.properties as Record<
        string,
        { items: { properties: Record<string, { description?: string }> } }
      >
    ).events!.items.properties;
    const undocumented = Object.entries(event)
      .filter(([, field]) => !field.description)
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});
