import { useMemo } from 'react';
import { formatDateValue } from '../../i18n/formatEventDate';
import type { IntensityMessages } from '../../i18n/intensityMessages';
import { interpolate } from '../../i18n/interpolate';
import { dateTimeFormat, listFormat, numberFormat } from '../../i18n/intl';
import type { Messages } from '../../i18n/messages';
import type { IntensityLegendEntry } from '../components/IntensityLegend';
import type { IntensityModel } from './useIntensityModel';

export interface IntensityTextOptions {
  model: IntensityModel;
  locale: string;
  messages: Messages;
  words: IntensityMessages;
  ownCountCategories: readonly string[];
}

export interface IntensityText {
  zone: string;
  /** "events per day" … for the chart's unit. */
  binWords: string;
  formatDay: (time: number) => string;
  /** A count's as-of date in full ("29 January 2024"). */
  formatDate: (isoDate: string) => string;
  formatMonth: (time: number) => string;
  formatNumber: (value: number) => string;
  /** "at least 165, 29 Jan" for a count, by aggregate id. */
  pointText: (id: string) => string;
  ownLabel: string;
  summaryLines: string[];
  legend: IntensityLegendEntry[];
  categories: { id: string; label: string }[];
  columns: { counter: string; asOf: string; count: string; wording: string; measure: string };
  ownRow: { label: string; asOf: string; count: string; measure: string } | null;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Every word and number the IntensityChart shows, through Intl with an explicit locale and zone. */
export function useIntensityText(options: IntensityTextOptions): IntensityText {
  const { model, locale, messages, words, ownCountCategories } = options;
  return useMemo(() => {
    const zone = model.prepared.timeZone;
    const nf = numberFormat(locale);
    const formatNumber = (value: number) => nf.format(value);
    const formatDay = (time: number) =>
      formatDateValue(new Date(time).toISOString(), { precision: 'day', locale, timeZone: zone, messages });
    const formatDate = (isoDate: string) =>
      formatDateValue(isoDate, { precision: 'day', locale, timeZone: zone, messages, showZone: false });
    const short = dateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    // A date alone is that calendar day wherever it is read; anything else goes through formatDate.
    const shortDate = (isoDate: string) =>
      DATE_ONLY.test(isoDate) ? short.format(Date.parse(isoDate)) : formatDate(isoDate);
    const month = dateTimeFormat(locale, { timeZone: zone, month: 'long', year: 'numeric' });
    const categoryName = (id: string) =>
      (messages.category as Record<string, string>)[id] ??
      model.prepared.dataset.categories?.find((c) => c.id === id)?.label ??
      id;

    const texts = new Map<string, string>();
    for (const series of model.series) {
      for (const point of series.points) {
        texts.set(point.id, interpolate(words.countAtDate, { count: point.label, date: shortDate(point.asOfDate) }));
      }
    }
    const pointText = (id: string) => texts.get(id) ?? '';
    const ownName = interpolate(words.ownCount, {
      categories: listFormat(locale, 'conjunction').format(ownCountCategories.map(categoryName)),
    });
    const ownLabel = interpolate(words.ownCountValue, { label: ownName, count: formatNumber(model.ownCount ?? 0) });

    const layout = model.layout;
    const legend: IntensityLegendEntry[] = (layout?.lines ?? []).map((line) => {
      const series = model.series.find((s) => s.id === line.id)!;
      const last = series.points[series.points.length - 1];
      const latest = line.latestId
        ? pointText(line.latestId)
        : last
          ? interpolate(words.outsideChart, { count: last.label, date: shortDate(last.asOfDate) })
          : '';
      return { id: line.id, index: line.index, label: series.label, latest };
    });
    const summaryLines = legend.map((entry) =>
      interpolate(words.summaryLine, { label: entry.label, latest: entry.latest }),
    );
    if (layout?.own) summaryLines.push(ownLabel);

    const lastOwn = model.prepared.events.length > 0 ? model.prepared.extents[model.prepared.extents.length - 1] : null;
    const units = { day: words.binDay, week: words.binWeek, month: words.binMonth };
    return {
      zone,
      binWords: units[layout?.unit ?? 'day'],
      formatDay,
      formatDate,
      formatMonth: (time: number) => month.format(time),
      formatNumber,
      pointText,
      ownLabel,
      summaryLines,
      legend,
      categories: model.categories.map((id) => ({ id, label: categoryName(id) })),
      columns: {
        counter: words.columnCounter,
        asOf: words.columnAsOf,
        count: words.columnCount,
        wording: words.columnWording,
        measure: words.columnMeasure,
      },
      ownRow:
        layout?.own && lastOwn
          ? {
              label: ownName,
              asOf: formatDay(lastOwn.start),
              count: formatNumber(model.ownCount ?? 0),
              measure: words.ownCountMeasure,
            }
          : null,
    };
  }, [model, locale, messages, words, ownCountCategories]);
}
