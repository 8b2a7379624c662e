/**
 * The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html), as `toTimelineJS` writes
 * it. Readers get `unknown` and check every field: files in the wild use numbers or strings for date parts,
 * `null` or `""` for absent values, and fields that are not in this list.
 */
export interface TimelineJsDate {
  year: string;
  month?: string;
  day?: string;
  hour?: string;
  minute?: string;
  second?: string;
  millisecond?: string;
  display_date?: string;
}

export interface TimelineJsText {
  /** HTML. */
  headline?: string;
  /** HTML. */
  text?: string;
}

export interface TimelineJsMedia {
  url: string;
  /** HTML. */
  caption?: string;
  /** HTML. */
  credit?: string;
  /** Plain text (TimelineJS sets it as the image's `alt` property). */
  alt?: string;
  thumbnail?: string;
  title?: string;
  link?: string;
}

/**
 * What TimelineJS cannot say about a date, kept where TimelineJS ignores it so that `fromTimelineJS` can read
 * back exactly what `toTimelineJS` wrote. Every field is optional; a file without it is read as TimelineJS reads it.
 */
export interface FlashpointSlideExtension {
  /** The IANA zone the slide's wall-clock times are in (the event's own zone). */
  timeZone?: string;
  /** The event's precision, when it is coarser than the date parts written (a day written, a month meant). */
  precision?: 'year' | 'month' | 'day' | 'hour' | 'minute';
  /** The UTC offset of `start_date`, only when its wall-clock time occurs twice (the hour when clocks go back). */
  startOffset?: string;
  /** The same for `end_date`. */
  endOffset?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  media?: TimelineJsMedia;
  /** HTML (TimelineJS shows it as the row's label). */
  group?: string;
  display_date?: string;
  unique_id?: string;
  flashpoint?: FlashpointSlideExtension;
}

export interface TimelineJsTitleSlide {
  text?: TimelineJsText;
  media?: TimelineJsMedia;
  unique_id?: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: TimelineJsText;
  unique_id?: string;
}

export interface TimelineJsTimeline {
  title?: TimelineJsTitleSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
  /** The dataset's default zone, for wall-clock times of slides that name none. */
  flashpoint?: { timeZone?: string };
}
