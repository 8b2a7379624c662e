/**
 * The words of the IntensityChart, kept apart from the shared `en` messages (category names and count
 * qualifiers such as "at least {n}" come from those). Templates use `{name}` placeholders (interpolate).
 * Pass a partial object to replace any of them.
 */
export interface IntensityMessages {
  /** The chart's caption. */
  intensityTitle: string;
  /** What a bar is, by bin unit. */
  binDay: string;
  binWeek: string;
  binMonth: string;
  /** Accessible name of the drawing: `{bins}` (binDay…), `{range}` (via formatRange), `{counters}` (each line's latest count). */
  intensitySummary: string;
  /** The same with no lines drawn: `{bins}`, `{range}`. */
  intensitySummaryBars: string;
  /** A line in the summary: `{label}` (who counted) and `{latest}` (countAtDate). */
  summaryLine: string;
  /** A line's label and marker title: `{count}` ("at least 165"), `{date}` ("29 Jan"). */
  countAtDate: string;
  /** Our own running count, never a reported figure: `{categories}` ("attacks"). */
  ownCount: string;
  /** Its label on the line: `{label}` (ownCount) and `{count}`. */
  ownCountValue: string;
  /** Legend and notes. */
  legendLabel: string;
  legendBars: string;
  legendReported: string;
  /** The latest count of a counter whose counts all fall outside the span drawn: `{count}`, `{date}`. */
  outsideChart: string;
  /** When there is nothing to draw, or no reported counts. */
  noData: string;
  noCounts: string;
  /** The brush: what it does, and its controls. */
  brushHint: string;
  brushStart: string;
  brushEnd: string;
  showAll: string;
  /** The data table (a text alternative to the drawing). */
  dataTable: string;
  countsCaption: string;
  columnCounter: string;
  columnAsOf: string;
  columnCount: string;
  columnWording: string;
  columnMeasure: string;
  /** The row of our own count in the counts table. */
  ownCountMeasure: string;
  binsCaption: string;
  columnMonth: string;
  columnTotal: string;
}

/** British English, the default. */
export const intensityMessages: IntensityMessages = {
  intensityTitle: 'Events over time and reported counts',
  binDay: 'events per day',
  binWeek: 'events per week',
  binMonth: 'events per month',
  intensitySummary:
    'Bar chart of {bins} by category, {range}, with lines for {counters}. The figures are in the data table below.',
  intensitySummaryBars: 'Bar chart of {bins} by category, {range}. The figures are in the data table below.',
  summaryLine: '{label} ({latest})',
  countAtDate: '{count}, {date}',
  ownCount: 'Events in this dataset ({categories})',
  ownCountValue: '{label}: {count}',
  legendLabel: 'Key to the counts chart',
  legendBars: 'Bars: {bins}, by category (left scale)',
  legendReported: 'Lines: cumulative counts as each counter reported them (right scale); one line per counter',
  outsideChart: '{count}, {date}, outside the period shown',
  noData: 'No counts to show: the dataset has no dated events and no reported counts.',
  noCounts: 'No counts to show: the dataset has no reported counts.',
  brushHint: 'Drag across the chart to choose the period the timeline shows, or select a week to zoom to it.',
  brushStart: 'Start of the period shown',
  brushEnd: 'End of the period shown',
  showAll: 'Show all',
  dataTable: 'Data table',
  countsCaption: 'Reported counts, by who counted',
  columnCounter: 'Counted by',
  columnAsOf: 'As of',
  columnCount: 'Count',
  columnWording: 'As worded',
  columnMeasure: 'What was counted',
  ownCountMeasure: 'Events listed in this dataset, not a reported figure',
  binsCaption: 'Events in this dataset per month, by category',
  columnMonth: 'Month',
  columnTotal: 'Total',
};
