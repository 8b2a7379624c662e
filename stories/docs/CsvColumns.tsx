import { CSV_COLUMNS } from '../../src/io/csvColumns';

/** The spreadsheet template's columns, from `CSV_COLUMNS`, as a table: the same list `toCsv` writes. */
export function CsvColumns() {
  return (
    <table className="fp-docs-table">
      <caption>Columns of the spreadsheet template, in order</caption>
      <thead>
        <tr>
          <th scope="col">column</th>
          <th scope="col">read from</th>
          <th scope="col">required</th>
          <th scope="col">meaning</th>
          <th scope="col">example</th>
          <th scope="col">also accepted as</th>
        </tr>
      </thead>
      <tbody>
        {CSV_COLUMNS.map((column) => (
          <tr key={column.name}>
            <th scope="row">
              <code>{column.name}</code>
            </th>
            <td>{column.group === 'event' ? 'first row of the event' : 'every row (one casualty report)'}</td>
            <td>{'required' in column && column.required ? 'yes' : 'no'}</td>
            <td>{column.description}</td>
            <td>
              <code>{column.example}</code>
            </td>
            <td>{'aliases' in column ? column.aliases.join(', ') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
