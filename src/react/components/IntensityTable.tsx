import { memo } from 'react';
import type { Series } from '../../layout/aggregateSeries';
import type { Bin } from '../../layout/binEvents';

export interface IntensityTableProps {
  summary: string;
  countsCaption: string;
  columns: { counter: string; asOf: string; count: string; wording: string; measure: string };
  series: readonly Series[];
  /** Our own count's row, or null when it is not shown. */
  own: { label: string; asOf: string; count: string; measure: string } | null;
  formatDate: (isoDate: string) => string;
  binsCaption: string;
  monthColumn: string;
  totalColumn: string;
  categories: readonly { id: string; label: string }[];
  months: readonly Bin[];
  formatMonth: (time: number) => string;
  formatNumber: (value: number) => string;
}

/**
 * The chart's figures as tables, behind a native disclosure ("Data table"): every reported count of every
 * counter, our own count, and the events per month by category. Everyone can open it (sighted readers who
 * want exact numbers too); it needs no ARIA, and the drawing's accessible name points to it.
 */
export const IntensityTable = memo(function IntensityTable(props: IntensityTableProps) {
  const { columns, series, own, formatDate, categories, months, formatMonth, formatNumber } = props;
  return (
    <details className="fp-intensity__data">
      <summary>{props.summary}</summary>
      {(series.length > 0 || own) && (
        <table className="fp-intensity__table">
          <caption>{props.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.counter}</th>
              <th scope="col">{columns.asOf}</th>
              <th scope="col">{columns.count}</th>
              <th scope="col">{columns.wording}</th>
              <th scope="col">{columns.measure}</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((point) => (
                <tr key={point.id} data-series={s.id}>
                  <th scope="row">{s.label}</th>
                  <td>{formatDate(point.asOfDate)}</td>
                  <td>{point.label}</td>
                  <td>{point.text ?? ''}</td>
                  <td>{s.measure}</td>
                </tr>
              )),
            )}
            {own && (
              <tr data-series="own">
                <th scope="row">{own.label}</th>
                <td>{own.asOf}</td>
                <td>{own.count}</td>
                <td />
                <td>{own.measure}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      {months.length > 0 && (
        <table className="fp-intensity__table">
          <caption>{props.binsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.monthColumn}</th>
              {categories.map((category) => (
                <th key={category.id} scope="col">
                  {category.label}
                </th>
              ))}
              <th scope="col">{props.totalColumn}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.start}>
                <th scope="row">{formatMonth(month.start)}</th>
                {categories.map((category) => (
                  <td key={category.id}>{formatNumber(month.counts[category.id] ?? 0)}</td>
                ))}
                <td>{formatNumber(month.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
});
