import type { Source } from '../../schema/source';

const NOTE = 'Invented for synthetic data; not a real publication.';

/** Invented outlets, one of each kind a real dataset cites. */
export const SYNTHETIC_SOURCES: Source[] = [
  { id: 'syn-official', outlet: 'Synthetic Coalition Command', kind: 'official', note: NOTE },
  { id: 'syn-government', outlet: 'Host Government Press Office (synthetic)', kind: 'official', note: NOTE },
  { id: 'syn-wire', outlet: 'Synthetic Wire Service', kind: 'wire', note: NOTE },
  { id: 'syn-news', outlet: 'The Synthetic Times', kind: 'news', note: NOTE },
  {
    id: 'syn-monitor',
    outlet: 'Synthetic Regional Monitor',
    kind: 'monitor',
    url: 'https://example.org/synthetic-monitor',
    note: NOTE,
  },
  { id: 'syn-channel', outlet: 'Armed-group channels (synthetic)', kind: 'social', note: NOTE },
  { id: 'syn-analysis', outlet: 'Synthetic Policy Institute', kind: 'analysis', note: NOTE },
];
