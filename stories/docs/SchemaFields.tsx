import { datasetJsonSchema } from '../../src/schema/jsonSchema';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  pattern?: string;
  default?: unknown;
  examples?: unknown[];
};

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.type === 'array' && schema.items) return `list of ${typeOf(schema.items)}`;
  if (schema.type === 'object') return 'object';
  return Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
}

/** One object of the dataset's JSON Schema, at a path like "events" or "events.casualties", as a table. */
export function SchemaFields({ path = '' }: { path?: string }) {
  let node = datasetJsonSchema as JsonSchema;
  for (const key of path.split('.').filter(Boolean)) {
    node = node.properties?.[key] ?? node;
    while (node.items) node = node.items;
  }
  const required = new Set(node.required ?? []);
  return (
    <table className="fp-docs-table">
      <caption>Fields of {path || 'the dataset'}</caption>
      <thead>
        <tr>
          <th scope="col">field</th>
          <th scope="col">type</th>
          <th scope="col">required</th>
          <th scope="col">meaning</th>
          <th scope="col">example</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(node.properties ?? {}).map(([name, field]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>{typeOf(field)}</td>
            <td>{required.has(name) ? 'yes' : 'no'}</td>
            <td>{field.description ?? ''}</td>
            <td>{field.examples?.length ? <code>{JSON.stringify(field.examples[0])}</code> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
