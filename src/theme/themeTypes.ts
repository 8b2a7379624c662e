/**
 * The shape of a theme: every visual decision of the graphic as a typed token. `themeToCss` turns a theme into
 * `--fp-*` custom properties (names in tokenNames.ts); styles.css reads nothing else. No React, no DOM.
 */

/**
 * Colours. Text pairs reach 4.5:1 and marks, boundaries and focus 3:1 on every surface they are drawn on
 * (contrastChecks.ts lists the pairs). The category, status and series palettes stay ≥ 10 ΔE2000 apart for
 * normal vision and under protanopia, deuteranopia and tritanopia (colorVisionChecks.ts).
 */
export interface ThemeColors {
  /** Body text, headings, the selected ring. */
  text: string;
  /** Secondary text: dates, notes, axis ticks. Still ≥ 4.5:1. */
  textMuted: string;
  background: string;
  /** Cards (events in the list), odd phase bands, hover. */
  surface: string;
  /** Boundaries of controls and cards (≥ 3:1: they show where a control is). */
  border: string;
  link: string;
  focus: string;
  /** Background of an event reached through a related-event link (`:target`). */
  target: string;

  /** The built-in categories; a theme's `categories` may override them and add more. */
  categoryAttack: string;
  categoryStrike: string;
  categoryDiplomacy: string;
  categoryStatement: string;
  categoryContext: string;
  /** Any category the theme does not style. */
  categoryOther: string;

  /** Claim statuses; also used as text colour for the status word, so ≥ 4.5:1. */
  statusConfirmed: string;
  statusReported: string;
  statusClaimed: string;
  statusDenied: string;
  statusUnverified: string;

  /** Neutral mark symbols (legend), the outline of spans. */
  mark: string;
  /** Light fill of spans and grid lines: decorative, carries nothing on its own. */
  markSpan: string;
  cluster: string;
  clusterText: string;
  /** Cause → response arrows. */
  relation: string;
  /** Phase bands behind the marks (the odd ones use `surface`). */
  phase: string;
  /** Drop shadow of the tooltip and the sheet (any CSS colour). */
  shadow: string;

  /** Reported-count lines of the intensity chart, one per counter, and their labels (≥ 4.5:1). */
  series1: string;
  series2: string;
  series3: string;
  series4: string;
  series5: string;
  series6: string;
  /** Our own count on the intensity chart. */
  ownCount: string;

  /** Map inset: sea, land, coastlines (decorative). */
  water: string;
  land: string;
  borderLand: string;
}

/** Type. `inherit` keeps the host page's fonts; Flashpoint ships no web font (no font-face rule). */
export interface ThemeFont {
  /** Body text and controls. Default `inherit`. */
  family: string;
  /** Titles and event headings. Default `inherit` (the body family). */
  headingFamily: string;
  /** Labels drawn in the graphic (axis, lanes, marks). Default `inherit`. */
  labelFamily: string;
  /** Code-like text: the data paths of the issues list. Default: the system's monospace faces. */
  monoFamily: string;
  lineHeight: string;
  /** Titles and headings, which wrap over fewer, larger lines. */
  lineHeightTitle: string;
  /** Small text in a tight box: the tooltip. */
  lineHeightSmall: string;
  sizeSmall: string;
  sizeTitle: string;
  sizeSection: string;
  /** Text drawn inside the SVG: ticks, lane names, mark labels. */
  sizeLabel: string;
  /** Axis tick labels and other small SVG text. */
  sizeTick: string;
  /** The count inside a point of the map inset, whose discs are smaller than the timeline's clusters. */
  sizeMapCount: string;
  weightTitle: string;
  weightStrong: string;
  /** Letter spacing of small capital headings (sections, lane names). */
  trackingCaps: string;
}

/** Spacing steps, in a scale a publication can tighten (a wire service) or loosen (a broadsheet). */
export interface ThemeSpace {
  1: string;
  2: string;
  3: string;
  4: string;
  6: string;
}

export interface ThemeRadius {
  /** Focus outlines of small inline things, tags. */
  small: string;
  /** Buttons, cards, the tooltip. */
  medium: string;
  /** The detail panel and sheet. */
  large: string;
}

/** Line widths. */
export interface ThemeStroke {
  /** Card and control borders. */
  hairline: string;
  /** Width of the focus ring (≥ 2 CSS px for WCAG 2.4.13). */
  focus: string;
  /** Offset of the focus ring from what it surrounds. */
  focusOffset: string;
  /** The category bar at the start of each event card. */
  eventMarker: string;
  /** Outline of a mark symbol. */
  mark: string;
  /** Cause → response arrows. */
  relation: string;
  /** The intensity chart's lines. */
  series: string;
  /** Link underlines. */
  underline: string;
  /** Distance of link underlines from the text. */
  underlineOffset: string;
  /** The halo in the background colour behind labels drawn over lines and marks, so they stay legible. */
  halo: string;
  /** Lines drawn heavier to stand out: the selected relation, the card being read, phase dividers, a highlighted map point. */
  emphasis: string;
  /** Icons drawn with lines: the close button's cross, the filter's chevron. */
  icon: string;
  /** The vertical timeline's rail and the ring of its dots. */
  rail: string;
}

/** Sizes of things that are not text. */
export interface ThemeSize {
  /** Smallest pointer target (WCAG 2.5.8). */
  target: string;
  /** Primary controls such as a close button. */
  control: string;
  icon: string;
  mediaMaxInline: string;
  reportMinInline: string;
  tooltipMaxInline: string;
  detailPanelMaxBlock: string;
  detailSheetMaxBlock: string;
  /** Width of the detail panel beside the timeline. */
  detailPanelInline: string;
  /** Longest line of running text (summaries, phase descriptions). */
  textMaxInline: string;
  /** Preferred width of a filter facet; facets grow to fill the row. */
  filterFacetInline: string;
  /** Narrowest column of a facet's options. */
  filterOptionMinInline: string;
  /** Preferred width of a legend entry that explains a mark. */
  legendEntryInline: string;
  /** Height of a legend symbol (its width is 1.6 times this). */
  legendSwatch: string;
  /** The dot of a card on the vertical timeline's rail (the card being read: 1.4 times this). */
  verticalDot: string;
  /** The filter's chevron, relative to its text. */
  chevron: string;
  /** Blur over media behind a content warning, until the reader reveals it. */
  mediaBlur: string;
}

export interface ThemeMotion {
  /** Transitions of marks, zoom and panels. Reduced motion sets it to 0s whatever the theme says. */
  duration: string;
  easing: string;
}

/** How much things step back when they are not the point: dimmed marks, filtered map points. */
export interface ThemeOpacity {
  dimmed: string;
  spanFill: string;
  /** Outline of an event's span. */
  spanStroke: string;
  /** Fill of a date range (an event known to fall somewhere in it). */
  rangeFill: string;
  /** The band behind a cluster showing the time its events cover. */
  clusterExtent: string;
  /** A dimmed cluster (its dark disc needs more dimming than a mark). */
  clusterDimmed: string;
  /** Cause → response arrows, so they stay behind the marks. */
  relation: string;
  /** Arrows not connected to the selected event. */
  relationDimmed: string;
  /** The halo behind the intensity chart's lines. */
  halo: string;
  /** The brushed window of the intensity chart. */
  brushFill: string;
  /** The veil over media behind a content warning. */
  veil: string;
  /** Phase bands in forced colours (GrayText at this opacity). */
  forcedColorsPhase: string;
}

/**
 * Geometry the layout computes with (CSS pixels, numbers, not CSS): how tall a lane is, how big a mark is, how
 * close two marks may come before they merge into a cluster. Read by the components in JavaScript.
 */
export interface ThemeGeometry {
  laneHeight: number;
  rowHeight: number;
  markRadius: number;
  clusterRadius: number;
  /** Marks closer than this merge into a cluster. Keep ≥ 24 so targets never overlap (WCAG 2.5.8). */
  minGap: number;
}

/** How one category looks. For the built-in ones every field is optional (the theme's colours apply). */
export interface CategoryStyle {
  /** The category's colour (≥ 3:1 on background, surface and phase bands). Default: `colors.category*`, else `categoryOther`. */
  color?: string;
  /** SVG path data in a 16×16 box: the mark on the timeline and map. */
  shape?: string;
  /** SVG path data in a 16×16 box: the pictogram beside the category's name. Default: the shape. */
  icon?: string;
}

export interface Theme {
  /** A name for the theme: `data-fp-theme` on the root when themeToCss writes it (letters, digits, - and _). */
  name: string;
  /** The `color-scheme` of its colours, so form controls and scrollbars match. */
  colorScheme: 'light' | 'dark';
  colors: ThemeColors;
  font: ThemeFont;
  space: ThemeSpace;
  radius: ThemeRadius;
  stroke: ThemeStroke;
  size: ThemeSize;
  motion: ThemeMotion;
  opacity: ThemeOpacity;
  geometry: ThemeGeometry;
  /** Styles per category id: the built-in ones and any a publication adds. */
  categories: Record<string, CategoryStyle>;
}

/** A theme that follows the reader's `prefers-color-scheme`, like the `auto` preset. */
export interface ThemePair {
  name: string;
  light: Theme;
  dark: Theme;
}

export type ColorToken = keyof ThemeColors;

/** What `createTheme` accepts: any part of a theme, nested. */
export type ThemeOverrides = {
  name?: string;
  colorScheme?: 'light' | 'dark';
  colors?: Partial<ThemeColors>;
  font?: Partial<ThemeFont>;
  space?: Partial<ThemeSpace>;
  radius?: Partial<ThemeRadius>;
  stroke?: Partial<ThemeStroke>;
  size?: Partial<ThemeSize>;
  motion?: Partial<ThemeMotion>;
  opacity?: Partial<ThemeOpacity>;
  geometry?: Partial<ThemeGeometry>;
  categories?: Record<string, CategoryStyle>;
};
