/**
 * The spreadsheet template's columns, in the order `toCsv` writes them. One row per event; a row that repeats an
 * earlier row's `id` adds a further casualty report to that event and fills only the `casualty` columns.
 * The docs page and `templates/flashpoint-template.csv` are made from this list; the examples are cells of the
 * template (most from its Tower 22 row).
 */
export interface CsvColumn {
  /** The header as written in the template (lower case, `_` between words). */
  name: string;
  /** `event`: read from the first row of an event; `casualty`: one casualty report, read from every row. */
  group: 'event' | 'casualty';
  /** Header spellings also accepted (compared like names: case, spaces, `-` and `_` do not matter). */
  aliases?: readonly string[];
  required?: boolean;
  description: string;
  example: string;
}

export const CSV_COLUMNS = [
  {
    name: 'id',
    group: 'event',
    description:
      'Stable id of the event (letters, digits, -, _, . or :); links and URLs use it. Repeat it on a further row to add another casualty report',
    example: 'tower-22-drone-attack',
  },
  {
    name: 'start',
    group: 'event',
    aliases: ['start date', 'date'],
    required: true,
    description:
      'YYYY-MM-DD, YYYY-MM or YYYY; or a date-time with offset (2024-01-28T05:30+03:00); or YYYY-MM-DD HH:MM in the row’s time_zone',
    example: '2024-01-28',
  },
  {
    name: 'end',
    group: 'event',
    aliases: ['end date'],
    description: 'End of a period, written like start; empty for a single moment or day',
    example: '2023-10-18',
  },
  {
    name: 'precision',
    group: 'event',
    description: 'year, month, day, hour or minute; empty = what start gives',
    example: 'day',
  },
  {
    name: 'approximate',
    group: 'event',
    description: 'yes when sources give only an approximate date or time (yes/no, true/false)',
    example: 'no',
  },
  {
    name: 'time_zone',
    group: 'event',
    aliases: ['timezone', 'zone'],
    description: 'IANA time zone of the place; dates are shown in it. Empty = the dataset’s zone',
    example: 'Asia/Amman',
  },
  {
    name: 'title',
    group: 'event',
    aliases: ['headline'],
    required: true,
    description: 'Short headline of the event, plain text',
    example: 'Drone strike on Tower 22 in Jordan kills three US soldiers and wounds more than 40',
  },
  {
    name: 'summary',
    group: 'event',
    aliases: ['description'],
    description: 'What happened, plain text; line breaks in the cell are kept',
    example: 'A one-way attack drone hit container housing at Tower 22…',
  },
  {
    name: 'category',
    group: 'event',
    required: true,
    description: 'attack, strike, diplomacy, statement or context',
    example: 'attack',
  },
  {
    name: 'actors',
    group: 'event',
    description: 'Who acted: actor names separated by ;. The same name is the same actor in every row',
    example: 'Islamic Resistance in Iraq; Kataib Hezbollah',
  },
  {
    name: 'targets',
    group: 'event',
    description: 'Who was acted upon: actor names separated by ;',
    example: 'US and coalition forces in the region',
  },
  {
    name: 'place',
    group: 'event',
    aliases: ['location'],
    description: 'Name of the place; needed when country, lat or lon is given',
    example: 'Tower 22, near Rukban, northeast Jordan',
  },
  { name: 'country', group: 'event', description: 'Country of the place', example: 'Jordan' },
  {
    name: 'lat',
    group: 'event',
    aliases: ['latitude'],
    description: 'Latitude in decimal degrees (-90 to 90), with a point as decimal mark',
    example: '33.314',
  },
  {
    name: 'lon',
    group: 'event',
    aliases: ['longitude', 'lng'],
    description: 'Longitude in decimal degrees (-180 to 180)',
    example: '38.703',
  },
  {
    name: 'coordinates_approximate',
    group: 'event',
    description: 'yes when lat/lon are only near the place',
    example: 'no',
  },
  {
    name: 'killed',
    group: 'casualty',
    description:
      'Deaths in this report: 3, a range 2-3, at least 40, more than 40, about 1200, up to 7, or words; add the source’s wording in quotes: about 1400 "about 1,400 (early estimate)"',
    example: '3',
  },
  {
    name: 'injured',
    group: 'casualty',
    aliases: ['wounded'],
    description: 'Injuries in this report, written like killed',
    example: 'more than 40 "over 40"',
  },
  {
    name: 'casualty_status',
    group: 'casualty',
    description: 'confirmed, reported, claimed, denied or unverified; required when a report is given',
    example: 'confirmed',
  },
  {
    name: 'reported_by',
    group: 'casualty',
    description: 'Who gives these figures, in words; required when a report is given',
    example: 'US Department of Defense',
  },
  {
    name: 'reported_by_actor',
    group: 'casualty',
    description: 'The actor giving the figures, when it is one of the actors (a name, as in actors)',
    example: 'US military',
  },
  {
    name: 'casualty_group',
    group: 'casualty',
    description: 'Who was hit',
    example: 'US Army Reserve soldiers (718th Engineer Company)',
  },
  {
    name: 'casualty_as_of',
    group: 'casualty',
    description: 'Date of the figures, written like start',
    example: '2024-01-29',
  },
  {
    name: 'casualty_sources',
    group: 'casualty',
    description: 'Sources of this report: their numbers in the event’s source lists, counting from 1, separated by ;',
    example: '2; 3; 6',
  },
  {
    name: 'casualty_note',
    group: 'casualty',
    description: 'Anything a reader should know about these figures',
    example: 'Described by the ministry as not a final number.',
  },
  {
    name: 'source_urls',
    group: 'event',
    description:
      'Links to the sources, separated by ; (paired by position with source_outlets; leave a slot empty for a source without a link)',
    example: 'https://en.wikipedia.org/wiki/Tower_22_drone_attack; https://www.lex18.com/…',
  },
  {
    name: 'source_outlets',
    group: 'event',
    description: 'The publisher of each source, separated by ;, in the same order as source_urls',
    example: 'Wikipedia; Scripps News; Rev',
  },
  {
    name: 'source_titles',
    group: 'event',
    description: 'Headline of each source, separated by ;, in the same order (optional)',
    example: 'Tower 22 drone attack; Pentagon identifies 3 US troops killed in drone attack in Jordan',
  },
  {
    name: 'related',
    group: 'event',
    description:
      'Links to other events, type:id separated by ; (retaliates_for, retaliated_by, responds_to, prompted, precedes, follows, same_day, part_of_wave); a note may follow in quotes',
    example: 'retaliated_by:us-strikes-85-targets-iraq-syria',
  },
  {
    name: 'significance',
    group: 'event',
    description: '1 to 5: which labels to keep when space is short (empty = 3)',
    example: '5',
  },
  { name: 'confidence', group: 'event', description: 'high, medium or low', example: 'high' },
  {
    name: 'confidence_note',
    group: 'event',
    description: 'Why the confidence is what it is',
    example: 'The deaths and names are officially confirmed; the injured count rose over time.',
  },
  { name: 'tags', group: 'event', description: 'Free labels separated by ;', example: 'drone; Jordan' },
  {
    name: 'date_note',
    group: 'event',
    description: 'Why the date is uncertain or differs between sources',
    example: 'Early morning local time, while troops were in their sleeping quarters (Pentagon).',
  },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];
