// A dataset input with one text in every text field of the schema and in every URL field: the shape of the whole
// schema (src/schema/*.ts), so a payload reaches every place a component or importer can show a dataset's words.

/** Where a URL field gets the payload: as it is, and inside an otherwise valid web address. */
function urlsOf(text: string): string[] {
  return [text, `https://ok.example/${text}`, `https://ok.example/?q=${text}`];
}

/** The raw dataset (before safeParseDataset) with `text` everywhere text or a URL can go. */
export function hostileDatasetInput(text: string): Record<string, unknown> {
  const figure = { min: 1, max: 3, text };
  const place = { name: text, country: text, lat: 33.3, lon: 44.4 };
  const claims = [
    { value: text, by: text, sources: ['s1'] },
    { value: `${text} (2)`, by: text },
  ];
  const media = [
    { url: 'https://ok.example/picture.jpg', alt: text, caption: text, credit: text },
    {
      url: 'https://ok.example/video.mp4',
      kind: 'video',
      alt: text,
      caption: text,
      credit: text,
      contentWarning: text,
    },
    { url: 'https://ok.example/doc.pdf', kind: 'document', alt: text, caption: text },
  ];
  // An invalid item takes its whole event out (with an issue that quotes it), so each URL gets an event of its own.
  const urlEvents = urlsOf(text).flatMap((url, i) => [
    { id: `img${i}`, start: '2024-01-17', title: `image ${i}`, category: 'context', media: [{ url, alt: text }] },
    {
      id: `vid${i}`,
      start: '2024-01-18',
      title: `video ${i}`,
      category: 'context',
      media: [{ url, kind: 'video', alt: text }],
    },
  ]);
  return {
    title: text,
    description: text,
    credit: text,
    language: text,
    timeZone: 'Asia/Baghdad',
    categories: [
      { id: 'hostile', label: text, description: text },
      { id: text, label: text },
    ],
    actors: [
      { id: 'a1', name: text, shortName: text, country: text, aliases: [text], description: text, kind: 'armed-group' },
      { id: 'a2', name: `${text} 2`, shortName: text, kind: 'military' },
      { id: 'a3', name: text, kind: text },
    ],
    phases: [{ id: 'p1', title: text, description: text, start: '2024-01-01', end: '2024-01-20' }],
    sources: [
      { id: 's1', outlet: text, title: text, author: text, note: text, language: text, url: 'https://ok.example/s1' },
      ...urlsOf(text).map((url, i) => ({ id: `s${i + 2}`, outlet: text, title: text, url })),
      { id: 's9', outlet: text, kind: text },
    ],
    events: [
      {
        id: 'e1',
        start: '2024-01-10T05:30:00+03:00',
        title: text,
        summary: text,
        dateNote: text,
        category: 'hostile',
        actors: ['a1'],
        targets: ['a2'],
        location: place,
        additionalLocations: [place, { name: text }],
        casualties: [
          { group: text, killed: figure, injured: 2, status: 'claimed', reportedBy: text, note: text, sources: ['s1'] },
          { killed: 1, status: 'denied', reportedBy: text, reportedByActor: 'a2' },
        ],
        disputes: [{ field: 'casualties', topic: text, claims, assessment: text }],
        related: [{ type: 'retaliated_by', id: 'e2', note: text }],
        sources: ['s1', 's2', 's3', 's4', 's9'],
        media,
        confidence: 'low',
        confidenceNote: text,
        significance: 5,
        tags: [text, 'plain'],
      },
      {
        id: 'e2',
        start: '2024-01-12',
        end: '2024-01-14',
        title: `${text} 2`,
        summary: text,
        category: 'strike',
        actors: ['a2'],
        targets: ['a1'],
        location: { name: text, lat: 34, lon: 43 },
        related: [{ type: 'retaliates_for', id: 'e1', note: text }],
        sources: ['s1'],
        tags: [text],
      },
      { id: 'e3', start: '2024-01-15', title: `${text} 3`, category: text, timeZone: text, precision: text },
      { id: text, start: text, title: text, category: 'attack' },
      ...urlEvents,
      { id: 'e5', start: '2024-01-19', title: 'refs', category: 'context', sources: [text], actors: [text] },
      {
        id: 'e4',
        start: '2024-01-19',
        title: 'kind',
        category: 'context',
        media: [{ url: 'https://ok.example/x', kind: text, alt: text }],
      },
    ],
    aggregates: [
      {
        id: 'g1',
        series: 'counter',
        seriesLabel: text,
        measure: text,
        asOf: '2024-01-13',
        count: 4,
        text,
        note: text,
        sources: ['s1'],
      },
    ],
    corrections: [
      { date: '2024-01-16', text, eventId: 'e1' },
      { date: text, text },
    ],
  };
}

/** The ids of the events that survive lenient parsing whatever the text (e1, e2 always do). */
export const HOSTILE_SELECTED_ID = 'e1';
