import type { BuiltInCategory, ClaimStatus, FIGURE_QUALIFIERS, RelationType } from '../schema/index';
import { mergeWords, type WordOverrides } from './mergeWords';
import type { PluralMessage } from './mapMessages';

/** How a source bounds a figure: "about", "at least", "more than" … */
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/**
 * Every word a component shows, keyed. Templates use `{name}` placeholders filled by `interpolate`,
 * so a locale is plain data (JSON-able) that a CMS or the embed script can pass in.
 */
export interface Messages {
  /** Accessible name of the list when none is given: `{title}` is the dataset's title. */
  eventListLabel: string;
  noEvents: string;
  /** Said above the plain list of events when a graphic fails to draw (its error boundary caught something). */
  graphicFailed: string;
  /** Said in place of a part (map, chart, filters) that failed inside a graphic that still works. */
  partFailed: string;
  /** Above a graphic handed more events than it draws (MAX_EVENTS): `{total}` and `{shown}`. */
  limitNote: string;
  /** `{date}` and `{time}` of one instant, e.g. "26 December 2023, 04:45". */
  dateTime: string;
  /** A date-time followed by its zone: "26 December 2023, 04:45 Baghdad time (GMT+3)". */
  dateTimeWithZone: string;
  /** Zone label: `{city}` from the IANA name, `{offset}` like "GMT+3". */
  zoneLabel: string;
  zoneUtc: string;
  /** Prefixes for approximate dates: "about 26 October 2023", "c. 2023". */
  approximate: string;
  approximateYear: string;
  /** Two dates that `formatRange` cannot join (different forms). */
  dateRange: string;
  dateNoteLabel: string;
  category: Record<BuiltInCategory, string>;
  actorsLabel: string;
  targetsLabel: string;
  placeLabel: string;
  placeApproximate: string;
  /** Further places of the same event, after the first: "; also: Al-Qaim, Iraq". */
  additionalPlaces: string;
  /** Figures. */
  qualifier: Record<FigureQualifier, string>;
  figureWithWords: string;
  killed: string;
  injured: string;
  noneKilled: string;
  noneInjured: string;
  noFigure: string;
  /** Who was hit, before the figures: "US service members: 1 injured". */
  casualtyGroup: string;
  /** Status in words with who says it: "claimed by {who}". Never shown by colour alone. */
  statusBy: Record<ClaimStatus, string>;
  /** Status as a short label. */
  status: Record<ClaimStatus, string>;
  casualtyReport: string;
  asOf: string;
  casualtiesHeading: string;
  disputesHeading: string;
  disputeOpen: string;
  disputeResolved: string;
  disputeClaim: string;
  assessmentLabel: string;
  mediaHeading: string;
  mediaCredit: string;
  contentWarning: string;
  mediaKindImage: string;
  mediaKindVideo: string;
  mediaKindAudio: string;
  mediaKindFile: string;
  openMedia: string;
  sourcesHeading: string;
  sourcesInline: string;
  relatedHeading: string;
  /** How another event relates to this one, before its title: "Retaliation for: …". */
  relation: Record<RelationType, string>;
  confidenceLabel: string;
  confidence: { high: string; medium: string; low: string };
  issuesHeading: string;
  noIssues: string;
  /** Used when an event cannot be shown at all (its data is broken beyond repair). */
  eventUnavailable: string;
  issueWhere: string;
  issueWhole: string;
  /** EventDetail: what it says when no event is selected (or the id is unknown). */
  detailHint: string;
  /** Accessible name of EventDetail's close button. */
  detailClose: string;
  /**
   * The same moment in the reader's zone, after the place's time: "25 December 2023, 20:45 New York time (GMT-5), your time".
   * `{dateTime}` is the date and time, `{zone}` the reader's zone named ("New York time (GMT-5)").
   */
  readerTime: string;
  /** Legend: its name, then one sentence per mark encoding. */
  legendLabel: string;
  legendPoint: string;
  legendRange: string;
  legendApproximate: string;
  legendCluster: string;
  legendLink: string;
  legendPhase: string;
  /** Timeline: the toolbar, zoom buttons and views. */
  timelineControls: string;
  zoomIn: string;
  zoomOut: string;
  zoomFitAll: string;
  listView: string;
  /** Shown briefly when a reader scrolls over the graphic without the zoom modifier. */
  zoomHint: string;
  /** Summary of the graphic for assistive technology: `{title}`, `{count}`, `{range}` (the dates, via formatRange). */
  timelineSummary: string;
  /** Under the graphic: "Times are {zone}." */
  timesIn: string;
  /** A mark's accessible name: `{title}`, `{date}`, `{category}`. */
  markLabel: string;
  /** A cluster's accessible name: `{count}`, `{range}` (its dates, via formatRange). */
  clusterLabel: string;
  /** Link display: which cause → response arrows to draw. */
  linksLabel: string;
  linksAll: string;
  linksSelected: string;
  linksNone: string;
  laneUnattributed: string;
  laneUnknownPlace: string;
  laneAll: string;
  /** The button that unblurs media behind a content warning. */
  revealMedia: string;
  /** Under the graphic: "Updated" before the date, a correction, and the sources line. */
  updatedLabel: string;
  correction: string;
  sourcesLine: string;
  sourcesLineMore: string;
  /** Sum-up when accounts of a toll differ: `{what}`, `{count}` accounts, `{range}`. */
  figureSpread: string;
  figureSpreadKilled: string;
  figureSpreadInjured: string;
  /** Legend: how a mark shows how far its casualty figures hold. */
  legendFigures: {
    confirmed: string;
    reported: string;
    claimed: string;
    denied: string;
    unverified: string;
    contested: string;
  };
  /** A mark's figures in words, appended to its accessible name. */
  markFigures: Record<'confirmed' | 'reported' | 'claimed' | 'denied' | 'unverified' | 'contested', string>;
  /** After a paged list: `{count}` events to add, `{remaining}` not shown yet. */
  showMoreEvents: string;
  /** Live region (polite): what changed, in one sentence. `{title}`, `{date}` of the selected event. */
  announceSelected: string;
  announceClosed: string;
  /** What is in view after a zoom, pan or filter: `{shown}` of `{total}` events, `{range}` the visible dates. */
  announceShowing: string;
  announceShowingAll: string;
  /** Single-pointer alternatives to dragging the graphic: move the visible span earlier or later. */
  panEarlier: string;
  panLater: string;
  /** How to use the graphic from the keyboard; the description of the plot. */
  keyboardHelp: string;
  /** How many cause → response relations a mark has beyond the two named: "3 more" (Intl joins it: "…and 3 more"). */
  relationsMore: string;
  /** Under the graphic, per time display: the zone is always named. */
  timesInPlace: string;
  timesInReader: string;
  timesInUtc: string;
  /** The time display switch: its label and its three choices. */
  timeDisplayLabel: string;
  timeDisplayPlace: string;
  timeDisplayReader: string;
  timeDisplayUtc: string;
  /** VerticalTimeline: its accessible name (`{title}`) and the break over a long quiet gap (`{duration}`, e.g. "3 weeks"). */
  verticalLabel: string;
  gapLater: string;
  /** VerticalTimeline: the card the reader has scrolled to, for assistive technology. */
  currentEvent: string;
  /** VerticalTimeline: the label over events whose date cannot be read, listed after all the dated ones. */
  verticalUndated: string;
  /** A switch back from the list to the graphic. */
  graphicView: string;
  /** Developing stories: the badge on an event newer than `highlightSince` (a word, not only a colour). */
  newBadge: string;
  /** The accessible name of a new event's mark: `{label}` is its usual name. */
  newLabel: string;
  /** The key under the graphic: `{since}` is the highlightSince time, with its zone. */
  newSince: string;
  /** Live region (polite), once per batch of new events that arrive: `{count}` of them, `{since}` as above. */
  announceNew: PluralMessage;
  /** Live region: the event whose detail was open is gone from the updated dataset. */
  announceSelectionRemoved: string;
}

/** British English, the default. */
export const en: Messages = {
  eventListLabel: '{title}: events in time order',
  noEvents: 'No events to show.',
  graphicFailed: 'This graphic could not be drawn. Its events are listed below.',
  partFailed: 'This part of the graphic could not be drawn.',
  limitNote: 'This dataset has {total} events: the first {shown} are shown.',
  dateTime: '{date}, {time}',
  dateTimeWithZone: '{dateTime} {zone}',
  zoneLabel: '{city} time ({offset})',
  zoneUtc: 'UTC',
  approximate: 'about {date}',
  approximateYear: 'c. {date}',
  dateRange: '{start} – {end}',
  dateNoteLabel: 'About the date:',
  category: {
    attack: 'Attack',
    strike: 'Strike',
    diplomacy: 'Diplomacy',
    statement: 'Statement',
    context: 'Context',
  },
  actorsLabel: 'By:',
  targetsLabel: 'Target:',
  placeLabel: 'Where:',
  placeApproximate: '{place} (approximate location)',
  additionalPlaces: '; also: {places}',
  qualifier: {
    exact: '{n}',
    about: 'about {n}',
    'at-least': 'at least {n}',
    'more-than': 'more than {n}',
    'up-to': 'up to {n}',
    nearly: 'nearly {n}',
  },
  figureWithWords: '{figure} (“{words}”)',
  killed: '{figure} killed',
  injured: '{figure} injured',
  noneKilled: 'no deaths',
  noneInjured: 'no injuries',
  noFigure: 'no figure given',
  casualtyGroup: '{group}: {figures}',
  statusBy: {
    confirmed: 'confirmed by {who}',
    reported: 'reported by {who}',
    claimed: 'claimed by {who}',
    denied: 'denied by {who}',
    unverified: 'not verified; given by {who}',
  },
  status: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    claimed: 'Claimed',
    denied: 'Denied',
    unverified: 'Not verified',
  },
  casualtyReport: '{figures} — {status}',
  asOf: '(as of {date})',
  casualtiesHeading: 'Casualty reports',
  disputesHeading: 'Disputed',
  disputeOpen: 'open',
  disputeResolved: 'resolved',
  disputeClaim: '{by} says: {value}',
  assessmentLabel: 'Assessment:',
  mediaHeading: 'Media',
  mediaCredit: 'Credit: {credit}',
  contentWarning: 'Content warning: {warning}. Show the media',
  mediaKindImage: 'image',
  mediaKindVideo: 'video',
  mediaKindAudio: 'audio',
  mediaKindFile: 'document',
  openMedia: 'Open the {kind}: {alt}',
  sourcesHeading: 'Sources',
  sourcesInline: 'Sources:',
  relatedHeading: 'Related events',
  relation: {
    retaliates_for: 'Retaliation for:',
    retaliated_by: 'Answered by:',
    responds_to: 'Responds to:',
    prompted: 'Prompted:',
    precedes: 'Before:',
    follows: 'After:',
    same_day: 'Same day as:',
    part_of_wave: 'Part of the same wave as:',
  },
  confidenceLabel: 'Confidence:',
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  issuesHeading: 'Problems in the data',
  noIssues: 'No problems found.',
  eventUnavailable: 'This event could not be shown.',
  issueWhere: '{path}: {message}',
  issueWhole: '{message}',
  detailHint: 'Select an event to see what happened, who reported it and what answered it.',
  detailClose: 'Close the details',
  readerTime: '{dateTime} {zone}, your time',
  legendLabel: 'Key',
  legendPoint: 'An event at a known moment',
  legendRange: 'An event that lasted a while: a bar from its start to its end',
  legendApproximate: 'A date known only to the day, month or year, or approximate: drawn as the span it could fall in',
  legendCluster: 'Several events too close to tell apart, with their number; select to zoom in',
  legendLink: 'Cause → response: an arrow from an event to the one that answered it',
  legendPhase: 'Shaded band: a phase of the story, with its name',
  timelineControls: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomFitAll: 'Show all',
  listView: 'List view',
  zoomHint: 'Hold Ctrl or ⌘ and scroll to zoom, or use the buttons',
  timelineSummary: '{title}: {count} events, {range}. The full list of events follows the graphic.',
  timesIn: 'Times are {zone}.',
  markLabel: '{title}, {date}, {category}',
  clusterLabel: '{count} events, {range}. Select to zoom in.',
  linksLabel: 'Cause and response arrows',
  linksAll: 'All',
  linksSelected: 'Selected event',
  linksNone: 'None',
  laneUnattributed: 'Unattributed',
  laneUnknownPlace: 'Unknown place',
  laneAll: 'All events',
  showMoreEvents: 'Show {count} more events ({remaining} not shown yet)',
  announceSelected: 'Selected: {title}, {date}',
  announceClosed: 'Details closed',
  announceShowing: 'Showing {shown} of {total} events, {range}',
  announceShowingAll: 'Showing all {total} events, {range}',
  panEarlier: 'Earlier',
  panLater: 'Later',
  keyboardHelp:
    'Arrow keys move between events, up and down between lanes; Enter opens an event, Escape closes it; plus and minus or Page Up and Page Down zoom.',
  relationsMore: '{count} more',
  timesInPlace: 'Times are local to each place; the axis shows {zone}.',
  timesInReader: 'Times are in your time zone: {zone}.',
  timesInUtc: 'Times are in UTC.',
  timeDisplayLabel: 'Times',
  timeDisplayPlace: 'Local',
  timeDisplayReader: 'Yours',
  timeDisplayUtc: 'UTC',
  verticalLabel: '{title}: events in time order, newest last',
  gapLater: '{duration} later',
  currentEvent: 'current event',
  verticalUndated: 'Date not known',
  graphicView: 'Graphic view',
  newBadge: 'New',
  newLabel: 'New: {label}',
  newSince: 'New since {since}',
  announceNew: { one: '{count} new event since {since}', other: '{count} new events since {since}' },
  announceSelectionRemoved: 'The event you had open was removed in an update',
  revealMedia: 'Show the image',
  updatedLabel: 'Updated',
  correction: 'Correction, {date}: {text}',
  sourcesLine: 'Sources: {outlets}.',
  sourcesLineMore: 'Sources: {outlets} and {count} more (listed with each event).',
  figureSpread: '{what}, by {count} accounts that differ: {range}',
  figureSpreadKilled: 'Killed',
  figureSpreadInjured: 'Injured',
  legendFigures: {
    confirmed: 'Solid with a tick: casualty figures confirmed officially',
    reported: 'Solid: figures reported by media, monitors or officials',
    claimed: 'Hollow: figures only claimed by one side',
    denied: 'Hollow, struck through: figures denied officially',
    unverified: 'Dashed outline: no reliable figure',
    contested: 'With "!": accounts of the toll disagree (see the event)',
  },
  markFigures: {
    confirmed: 'figures confirmed',
    reported: 'figures reported',
    claimed: 'figures only claimed',
    denied: 'figures denied',
    unverified: 'figures not verified',
    contested: 'figures contested',
  },
};

/** Partial overrides: any top-level key, and any entry of a keyed group. */
export type MessageOverrides = WordOverrides<Messages>;

/** The base messages with overrides applied; ignores overrides that are not text. */
export function mergeMessages(base: Messages, overrides?: MessageOverrides | null): Messages {
  return mergeWords(base, overrides);
}
