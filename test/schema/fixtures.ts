import type { DatasetInput } from '../../src/schema/dataset';

/** A small valid dataset that each invalid-input case breaks in exactly one place. */
export function validInput(): DatasetInput {
  return {
    title: 'Test timeline',
    timeZone: 'Asia/Baghdad',
    actors: [
      { id: 'militia', name: 'A militia', kind: 'armed-group' },
      { id: 'us-military', name: 'US military', kind: 'military' },
    ],
    sources: [
      { id: 'wire', outlet: 'A wire service', title: 'A report', date: '2023-10-26', url: 'https://example.com/a' },
    ],
    events: [
      {
        id: 'drone-attack',
        start: '2023-10-26T05:00:00+03:00',
        precision: 'hour',
        approximate: true,
        title: 'Drone attack on a base',
        category: 'attack',
        actors: ['militia'],
        targets: ['us-military'],
        location: { name: 'Erbil', country: 'Iraq', lat: 36.24, lon: 43.96 },
        casualties: [
          { injured: 1, status: 'reported', reportedBy: 'Two US officials', sources: ['wire'] },
          { injured: 0, status: 'reported', reportedBy: 'A newspaper', sources: ['wire'] },
        ],
        sources: ['wire'],
      },
      {
        id: 'strike',
        start: '2023-10-27',
        title: 'Strike in response',
        category: 'strike',
        actors: ['us-military'],
        targets: ['militia'],
        related: [{ type: 'retaliates_for', id: 'drone-attack' }],
        sources: ['wire'],
      },
    ],
  };
}

type Mutable = Record<string, unknown> & { events: Record<string, unknown>[] };

/** A copy of the valid input with one change made by `edit`. */
export function withChange(edit: (input: Mutable) => void): Mutable {
  const input = structuredClone(validInput()) as unknown as Mutable;
  edit(input);
  return input;
}
