import type { Dataset, TimelineEvent } from '../../src/schema/index';
import { parsedEvent } from '../fixtures/parsedEvent';

/** An event with every list defaulted, as the parser returns it. */
export const event = parsedEvent;

/** A small dataset in the shape `parseDataset` returns, built directly (no parser) so tests can also break it. */
export function fixtureDataset(events?: TimelineEvent[]): Dataset {
  return {
    title: 'Test escalation',
    timeZone: 'Asia/Baghdad',
    categories: [],
    actors: [
      { id: 'irq-militia', name: 'Islamic Resistance in Iraq' },
      { id: 'kh', name: "Kata'ib Hezbollah" },
      { id: 'us', name: 'US forces' },
    ],
    phases: [],
    sources: [
      {
        id: 'wire',
        outlet: 'A wire service',
        title: 'Drone hits base',
        date: '2023-10-26',
        url: 'https://example.com/a',
      },
      { id: 'centcom', outlet: 'US Central Command', title: 'Statement', url: 'https://example.com/centcom' },
      { id: 'paper', outlet: 'A newspaper' },
    ],
    events: events ?? [
      event({
        id: 'strike',
        start: '2023-12-26T04:45:00+03:00',
        precision: 'minute',
        title: 'US strikes militia sites',
        category: 'strike',
        actors: ['us'],
        targets: ['kh'],
        location: { name: 'Jurf al-Nasr', country: 'Iraq', approximate: true },
        related: [{ type: 'retaliates_for', id: 'drone' }],
        sources: ['centcom'],
      }),
      event({
        id: 'drone',
        start: '2023-10-26T05:00:00+03:00',
        precision: 'hour',
        approximate: true,
        dateNote: 'One paper says 25 October.',
        title: 'Drone hits barracks',
        summary: 'A drone crashed into a barracks but did not explode.',
        actors: ['irq-militia', 'kh'],
        targets: ['us'],
        location: { name: 'Erbil Air Base', country: 'Iraq' },
        casualties: [
          {
            group: 'US service members',
            injured: 1,
            status: 'reported',
            reportedBy: 'Two US officials',
            sources: ['wire'],
          },
          {
            injured: { min: 40, qualifier: 'more-than' },
            status: 'claimed',
            reportedBy: 'Islamic Resistance in Iraq',
            sources: [],
          },
          { killed: 0, status: 'denied', reportedBy: 'US Central Command', asOf: '2023-10-27', sources: ['centcom'] },
        ],
        disputes: [
          {
            field: 'location',
            topic: 'Which base was hit',
            claims: [
              { value: 'Erbil Air Base', by: 'Reuters', sources: ['wire'] },
              { value: 'Al-Asad Air Base', by: 'Wall Street Journal', sources: [] },
            ],
            assessment: 'Erbil is better supported.',
            status: 'open',
          },
        ],
        related: [{ type: 'retaliated_by', id: 'strike' }],
        sources: ['wire', 'paper'],
      }),
      event({
        id: 'meeting',
        start: '2023-11-20',
        title: 'Talks in Baghdad',
        category: 'diplomacy',
        related: [{ type: 'follows', id: 'drone' }],
      }),
    ],
    aggregates: [],
    corrections: [],
  };
}
