import { withChange } from './fixtures';

/** Each case breaks the valid input in one place; the issue must name that place and say what to do. */
export const INVALID_CASES: { name: string; input: unknown; path: string; message: string }[] = [
  {
    name: 'a day that does not exist',
    input: withChange((d) => (d.events[0]!.start = '2023-10-32')),
    path: 'events[0].start',
    message: '"2023-10-32" is not a date (use YYYY-MM-DD or an ISO 8601 date-time with offset)',
  },
  {
    name: '29 February in a common year',
    input: withChange((d) => (d.events[1]!.start = '2023-02-29')),
    path: 'events[1].start',
    message: '"2023-02-29" is not a date (February 2023 has 28 days)',
  },
  {
    name: 'a date-time without offset',
    input: withChange((d) => (d.events[0]!.start = '2023-10-26T05:00')),
    path: 'events[0].start',
    message: '"2023-10-26T05:00" has no UTC offset (add one, e.g. 2023-10-26T05:00+03:00 or 2023-10-26T05:00Z)',
  },
  {
    name: 'an ambiguous spreadsheet date',
    input: withChange((d) => (d.events[1]!.start = '03/04/2024')),
    path: 'events[1].start',
    message: '"03/04/2024" is ambiguous (day/month or month/day?): write it as YYYY-MM-DD',
  },
  {
    name: 'end before start',
    input: withChange((d) => (d.events[1]!.end = '2023-10-20')),
    path: 'events[1].end',
    message: 'end "2023-10-20" is before start "2023-10-27"',
  },
  {
    name: 'a precision finer than the date',
    input: withChange((d) => (d.events[1]!.precision = 'minute')),
    path: 'events[1].precision',
    message:
      'precision "minute" is finer than the start "2023-10-27" gives (a day); give a time with an offset or use "day"',
  },
  {
    name: 'a duplicate event id',
    input: withChange((d) => (d.events[1]!.id = 'drone-attack')),
    path: 'events[1].id',
    message: 'id "drone-attack" is already used by events[0]; this event was left out',
  },
  {
    name: 'an unknown actor',
    input: withChange((d) => (d.events[0]!.actors = ['militia', 'ghost'])),
    path: 'events[0].actors[1]',
    message: 'actor "ghost" is not defined in the dataset\'s actors (reference removed)',
  },
  {
    name: 'an unknown source',
    input: withChange((d) => (d.events[1]!.sources = ['nowhere'])),
    path: 'events[1].sources[0]',
    message: 'source "nowhere" is not defined in the dataset\'s sources (reference removed)',
  },
  {
    name: 'a link to an event that does not exist',
    input: withChange((d) => (d.events[1]!.related = [{ type: 'retaliates_for', id: 'missing' }])),
    path: 'events[1].related[0].id',
    message: 'this link points to "missing", which is not an event in the dataset (link removed)',
  },
  {
    name: 'an invalid time zone',
    input: withChange((d) => (d.events[0]!.timeZone = 'Asia/Bagdad')),
    path: 'events[0].timeZone',
    message: '"Asia/Bagdad" is not an IANA time zone (use a name like "Asia/Baghdad" or "America/New_York")',
  },
  {
    name: 'latitude out of range',
    input: withChange((d) => ((d.events[0]!.location as { lat: number }).lat = 136.2)),
    path: 'events[0].location.lat',
    message: 'latitude 136.2 is out of range (-90 to 90)',
  },
  {
    name: 'longitude out of range',
    input: withChange((d) => ((d.events[0]!.location as { lon: number }).lon = -200)),
    path: 'events[0].location.lon',
    message: 'longitude -200 is out of range (-180 to 180)',
  },
  {
    name: 'a javascript: URL',
    input: withChange((d) => ((d.sources as { url: string }[])[0]!.url = 'javascript:alert(1)')),
    path: 'sources[0].url',
    message: '"javascript:alert(1)" is not a web address (only http:// and https:// links are allowed)',
  },
  {
    name: 'a data: URL in media',
    input: withChange((d) => (d.events[0]!.media = [{ url: 'data:image/svg+xml,<svg/>', alt: 'x' }])),
    path: 'events[0].media[0].url',
    message: '"data:image/svg+xml,<svg/>" is not a web address (only http:// and https:// links are allowed)',
  },
  {
    name: 'an unknown claim status',
    input: withChange((d) => ((d.events[0]!.casualties as { status: string }[])[0]!.status = 'rumoured')),
    path: 'events[0].casualties[0].status',
    message: '"rumoured" is not a claim status (use "confirmed", "reported", "claimed", "denied", "unverified")',
  },
  {
    name: 'a missing title',
    input: withChange((d) => delete d.events[1]!.title),
    path: 'events[1].title',
    message: 'title is missing',
  },
  {
    name: 'an unknown category',
    input: withChange((d) => (d.events[1]!.category = 'skirmish')),
    path: 'events[1].category',
    message:
      '"skirmish" is not a category (use attack, strike, diplomacy, statement, context, or declare it in categories)',
  },
  {
    name: 'a range whose max is below its min',
    input: withChange((d) => ((d.events[0]!.casualties as { killed?: unknown }[])[0]!.killed = { min: 5, max: 2 })),
    path: 'events[0].casualties[0].killed.max',
    message: 'max 2 is below min 5',
  },
];
