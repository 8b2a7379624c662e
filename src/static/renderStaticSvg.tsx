import { renderToStaticMarkup } from 'react-dom/server';
import type { Dataset } from '../schema/index';
import type { Theme, ThemePair } from '../theme/themeTypes';
import type { AxisDirection } from '../layout/types';
import { describeTimeDisplay } from '../i18n/displayZone';
import { formatDayRange } from '../i18n/formatDayRange';
import { interpolate } from '../i18n/interpolate';
import { numberFormat, resolveTimeZone } from '../i18n/intl';
import { cssPixels } from '../react/hooks/cssPixels';
import { categoriesInUse } from './categoriesInUse';
import { contentKey } from './contentKey';
import { escapeText } from './escapeMarkup';
import { estimateTextWidth } from './estimateTextWidth';
import { articleFrame, socialFrame, type FrameWords, type PlotAt } from './staticFrame';
import { staticLocale } from './staticLocale';
import { staticPlotModel, type StaticPlotModel } from './staticPlotModel';
import { resolveStaticTheme } from './staticTheme';
import { StaticTimelineSvg } from './StaticTimelineSvg';
import { svgStylesheet, type SvgStylesheetOptions } from './svgStylesheet';
import { checkDataset } from './checkDataset';

export interface StaticSvgOptions {
  /** `article` (default): the width given (default 720) and the height the content needs; `social`: 1200 × 630. */
  size?: 'article' | 'social';
  /** Width of an article picture, px, 240 to 4096. Default 720. */
  width?: number;
  /**
   * A preset's name (`light` default, `dark`, `highContrast`, `print`, `broadsheet`, `wire`, `digital`; `auto` draws
   * light) or a theme object from `createTheme`. Its values are written into the picture's stylesheet.
   */
  theme?: string | Theme | ThemePair;
  /** BCP 47 locale of every word, date and number. Default "en-GB". */
  locale?: string;
  /** IANA zone of the axis. Default: the dataset's. */
  timeZone?: string;
  calendar?: string;
  numberingSystem?: string;
  /** Which way time runs on the axis: "ltr" (default) earliest at the left, "rtl" earliest at the right. */
  axisDirection?: 'ltr' | 'rtl';
}

const DEFAULT_WIDTH = 720;
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 4096;

function checkOptions(options: StaticSvgOptions): { size: 'article' | 'social'; width: number } {
  const size = options.size ?? 'article';
  if (size !== 'article' && size !== 'social') {
    throw new TypeError(`renderStaticSvg: size must be "article" or "social" (got ${JSON.stringify(size)})`);
  }
  const width = options.width ?? DEFAULT_WIDTH;
  if (typeof width !== 'number' || !Number.isFinite(width) || width < MIN_WIDTH || width > MAX_WIDTH) {
    throw new RangeError(
      `renderStaticSvg: width must be a number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH} (got ${String(width)})`,
    );
  }
  return { size, width: Math.round(width) };
}

/**
 * The SVG document and its stylesheet, built apart: `resolveVariables: false` keeps the stylesheet's `var()`s (the
 * tests compare both in Chromium, to show that resolving them changes nothing on screen).
 */
export function staticSvgDocument(dataset: Dataset, options: StaticSvgOptions, css: SvgStylesheetOptions): string {
  checkDataset(dataset, 'renderStaticSvg');
  const { size, width } = checkOptions(options);
  const staticTheme = resolveStaticTheme(options.theme, 'renderStaticSvg');
  const { theme, attribute } = staticTheme;
  const { tag, lang, dir, messages } = staticLocale(options);
  const timeZone = resolveTimeZone(options.timeZone, dataset.timeZone);
  const axisDirection: AxisDirection = options.axisDirection === 'rtl' ? 'rtl' : 'ltr';
  const labelSize = cssPixels(theme.font.sizeLabel) ?? 12;
  const plotAt: PlotAt = (plotWidth, laneMode, laneHeight) =>
    staticPlotModel(dataset, {
      locale: tag,
      timeZone,
      messages,
      laneMode,
      laneHeight,
      geometry: theme.geometry,
      width: plotWidth,
      measureText: estimateTextWidth(labelSize),
      axisDirection,
    });
  const showing = (model: StaticPlotModel) =>
    interpolate(messages.announceShowingAll, {
      total: numberFormat(tag).format(dataset.events.length),
      range: model.extent ? formatDayRange(model.extent[0], model.extent[1], { locale: tag, timeZone }) : '',
    });
  const words: FrameWords = {
    title: dataset.title,
    subtitle: showing,
    note: (model) => describeTimeDisplay('place', model.axis.zoneLabel, messages),
    credit: dataset.credit ?? '',
    categories: categoriesInUse(dataset, messages),
  };
  const lanes = { laneHeight: theme.geometry.laneHeight, rowHeight: theme.geometry.rowHeight };
  // The title in the theme's title size on a 16 px base (relative sizes are relative to the page elsewhere).
  const em = (value: string, fallback: number) =>
    cssPixels(value) ?? (/^[\d.]+em$/.test(value) ? parseFloat(value) * 16 : fallback);
  const frame =
    size === 'social'
      ? socialFrame(words, plotAt, lanes)
      : articleFrame(
          width,
          words,
          { title: em(theme.font.sizeTitle, 18), small: em(theme.font.sizeSmall, 14), label: labelSize },
          plotAt,
          lanes,
        );
  const model = frame.plot.model;
  const idPrefix = `fp-static-${contentKey(dataset, options)}`;
  const markup = renderToStaticMarkup(
    <StaticTimelineSvg
      frame={frame}
      theme={theme}
      themeAttribute={attribute}
      size={size}
      lang={lang}
      dir={dir}
      title={dataset.title}
      description={`${showing(model)}. ${words.note(model)}`}
      idPrefix={idPrefix}
      formatCount={(count) => numberFormat(tag).format(count)}
    />,
  );
  const stylesheet = svgStylesheet(markup, staticTheme, '.fp-static', css);
  return `${markup.replace('<style></style>', `<style>${escapeText(stylesheet)}</style>`)}\n`;
}

/**
 * The timeline as a standalone SVG document (a string): title, the plot with every event (clusters where marks
 * would overlap), the note on time zones, a key to the categories and the credit, with its stylesheet inside
 * and every theme value written out (no `var()`: image pipelines without a browser draw it too). No script, no
 * links; text from the data is escaped. The same input gives the same string.
 *
 * `size: 'article'` (default) is `width` px wide (default 720) and as tall as its content; `size: 'social'` is
 * 1200 × 630 for link previews (og:image): a larger title, the plot drawn larger with fewer labels.
 */
export function renderStaticSvg(dataset: Dataset, options: StaticSvgOptions = {}): string {
  return staticSvgDocument(dataset, options, { resolveVariables: true });
}
