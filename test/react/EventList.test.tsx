import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventList, DatasetIssues } from '../../src/react/index';
import { datePeriod, type Dataset } from '../../src/schema/index';
import { escalation2023 } from '../../src/datasets/index';
import { event, fixtureDataset } from './eventListFixture';

const ids = (container: HTMLElement) =>
  [...container.querySelectorAll('ol[data-fp="event-list"] > li')].map((li) => li.getAttribute('data-event-id'));

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('<EventList dataset>', () => {
  it('renders an <ol data-fp="event-list"> named after the dataset', () => {
    const { container } = render(<EventList dataset={fixtureDataset()} />);
    const list = screen.getByRole('list', { name: 'Test escalation: events in time order' });
    expect(list.tagName).toBe('OL');
    expect(list.getAttribute('data-fp')).toBe('event-list');
    expect(list.classList.contains('fp-event-list')).toBe(true);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('lists events in time order whatever the input order, ties keeping input order', () => {
    const base = fixtureDataset();
    const extra = [
      event({ id: 'same-a', start: '2023-11-20T10:00:00+03:00', title: 'Tie A' }),
      event({ id: 'same-b', start: '2023-11-20T07:00:00Z', title: 'Tie B' }), // the same instant as Tie A
      event({ id: 'early', start: '2023-10', title: 'Early' }),
      event({ id: 'year', start: '2024', title: 'Year' }),
    ];
    const expected = ['early', 'drone', 'meeting', 'same-a', 'same-b', 'strike', 'year'];
    for (const seed of [1, 2, 3, 4, 5]) {
      const events = shuffled([...base.events, ...extra], seed);
      // Ties keep input order: put A before B in the input.
      const a = events.findIndex((e) => e.id === 'same-a');
      const b = events.findIndex((e) => e.id === 'same-b');
      if (a > b) [events[a], events[b]] = [events[b]!, events[a]!];
      const { container, unmount } = render(<EventList dataset={{ ...base, events }} />);
      expect(ids(container)).toEqual(expected);
      unmount();
    }
  });

  it('gives every item data-event-id, an id, and an article named by its heading', () => {
    const { container } = render(<EventList dataset={fixtureDataset()} idPrefix="t" />);
    const items = container.querySelectorAll('ol[data-fp="event-list"] > li');
    expect(items).toHaveLength(3);
    for (const li of items) {
      const id = li.getAttribute('data-event-id');
      expect(id).toBeTruthy();
      expect(li.id).toBe(`t-event-${id}`);
    }
    const article = screen.getByRole('article', { name: 'Drone hits barracks' });
    expect(within(article).getByRole('heading', { level: 3, name: 'Drone hits barracks' })).toBeTruthy();
  });

  it('puts the machine-readable date in <time dateTime> and shows the place’s time with its zone', () => {
    const { container } = render(<EventList dataset={fixtureDataset()} />);
    const strike = container.querySelector('[data-event-id="strike"] time')!;
    expect(strike.getAttribute('datetime')).toBe('2023-12-26T04:45:00+03:00');
    expect(strike.textContent).toBe('26 December 2023, 04:45 Baghdad time (GMT+3)');
    const meeting = container.querySelector('[data-event-id="meeting"] time')!;
    expect(meeting.getAttribute('datetime')).toBe('2023-11-20');
    expect(meeting.textContent).toBe('20 November 2023');
  });

  it("keeps the place's zone when the list's zone differs, naming the zone", () => {
    const data = fixtureDataset();
    data.events[0] = { ...data.events[0]!, timeZone: 'Asia/Baghdad' };
    const { container } = render(<EventList dataset={{ ...data, timeZone: 'UTC' }} timeZone="America/New_York" />);
    expect(container.querySelector('[data-event-id="strike"] time')!.textContent).toBe(
      '26 December 2023, 04:45 Baghdad time (GMT+3)',
    );
    // An event with no zone of its own is shown in the list's zone.
    expect(container.querySelector('[data-event-id="drone"] time')!.textContent).toBe(
      'about 25 October 2023, 22:00 New York time (GMT-4)',
    );
  });

  it('says each casualty report’s status in words, side by side in a list', () => {
    render(<EventList dataset={fixtureDataset()} />);
    const article = screen.getByRole('article', { name: 'Drone hits barracks' });
    // The list follows the heading (after a one-line sum-up when accounts differ).
    const reports = article.querySelector('.fp-casualties__list')!;
    expect(reports.tagName).toBe('UL');
    const items = within(reports as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('US service members: 1 injured — reported by Two US officials'),
      expect.stringContaining('more than 40 injured — claimed by Islamic Resistance in Iraq'),
      expect.stringContaining('no deaths — denied by US Central Command (as of 27 October 2023)'),
    ]);
    expect(within(items[2]!).getByRole('link', { name: 'US Central Command' }).getAttribute('href')).toBe(
      'https://example.com/centcom',
    );
  });

  it('shows disputes: topic, each claim and who makes it, the assessment', () => {
    render(<EventList dataset={fixtureDataset()} />);
    const article = screen.getByRole('article', { name: 'Drone hits barracks' });
    expect(within(article).getByText(/Which base was hit/)).toBeTruthy();
    expect(article.textContent).toContain('Reuters says: Erbil Air Base');
    expect(article.textContent).toContain('Wall Street Journal says: Al-Asad Air Base');
    expect(article.textContent).toContain('Assessment: Erbil is better supported.');
  });

  it('shows actors, category, place and date note in words', () => {
    render(<EventList dataset={fixtureDataset()} />);
    const drone = screen.getByRole('article', { name: 'Drone hits barracks' });
    expect(drone.textContent).toContain("By: Islamic Resistance in Iraq and Kata'ib Hezbollah");
    expect(drone.textContent).toContain('Target: US forces');
    expect(drone.textContent).toContain('Attack');
    expect(drone.querySelector('.fp-category svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(drone.textContent).toContain('One paper says 25 October.');
    const strike = screen.getByRole('article', { name: 'US strikes militia sites' });
    expect(strike.textContent).toContain('Jurf al-Nasr, Iraq (approximate location)');
  });

  it('links related events in words to ids that exist on the page', () => {
    const { container } = render(<EventList dataset={fixtureDataset()} />);
    const strike = screen.getByRole('article', { name: 'US strikes militia sites' });
    const link = within(strike).getByRole('link', { name: 'Drone hits barracks' });
    expect(link.parentElement!.textContent).toContain('Retaliation for: Drone hits barracks');
    const inPage = [...container.querySelectorAll('a[href^="#"]')];
    expect(inPage.length).toBe(3);
    for (const a of inPage) {
      const target = document.getElementById(a.getAttribute('href')!.slice(1));
      expect(target?.getAttribute('data-event-id')).toBeTruthy();
    }
  });

  it('makes only http(s) URLs into links, even for data that bypassed the parser', () => {
    const data = fixtureDataset();
    const hostile = {
      ...data,
      sources: [
        { id: 'js', outlet: 'Evil outlet', url: 'javascript:alert(1)' },
        { id: 'data', outlet: 'Data outlet', url: 'data:text/html,<script>alert(1)</script>' },
        { id: 'ok', outlet: 'Good outlet', url: 'https://example.org/ok' },
      ],
      events: [
        event({
          id: 'x',
          start: '2023-10-20',
          title: 'Hostile',
          sources: ['js', 'data', 'ok'],
          media: [{ url: 'javascript:alert(2)', kind: 'image', alt: 'A picture' }],
        }),
      ],
    } as Dataset;
    const { container } = render(<EventList dataset={hostile} />);
    expect(container.innerHTML).not.toMatch(/javascript:|data:text/);
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/ok']);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('Evil outlet')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('A picture')).toBeTruthy();
  });

  it('shows media lazily with alt text, and blurred behind its content warning until revealed', () => {
    const data = fixtureDataset([
      event({
        id: 'm',
        start: '2023-10-20',
        title: 'With media',
        media: [
          {
            url: 'https://example.org/a.jpg',
            kind: 'image',
            alt: 'The base from the air',
            caption: 'The base.',
            credit: 'Agency',
          },
          { url: 'https://example.org/b.jpg', kind: 'image', alt: 'Damage', contentWarning: 'injuries shown' },
        ],
      }),
    ]);
    const { container } = render(<EventList dataset={data} />);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(2);
    for (const img of images) expect(img.getAttribute('loading')).toBe('lazy');
    expect(screen.getByAltText('The base from the air').closest('figure')!.textContent).toContain('Credit: Agency');
    const sensitive = container.querySelector('.fp-media__sensitive')!;
    expect(sensitive.getAttribute('data-revealed')).toBe('false');
    expect(sensitive.textContent).toContain('Content warning: injuries shown');
    // Hidden from assistive technology until revealed.
    expect(screen.getByAltText('Damage').closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the image' }));
    expect(sensitive.getAttribute('data-revealed')).toBe('true');
    expect(screen.getByAltText('Damage').closest('[aria-hidden="true"]')).toBeNull();
  });

  it('gives two lists on one page no duplicate ids', () => {
    const { container } = render(
      <>
        <EventList dataset={fixtureDataset()} heading="First" />
        <EventList dataset={fixtureDataset()} heading="Second" />
      </>,
    );
    const all = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(all.length).toBeGreaterThan(6);
    expect(new Set(all).size).toBe(all.length);
    // Each list's related links stay inside that list.
    for (const list of container.querySelectorAll('ol[data-fp="event-list"]')) {
      for (const a of list.querySelectorAll('a[href^="#"]')) {
        expect(list.contains(document.getElementById(a.getAttribute('href')!.slice(1)))).toBe(true);
      }
    }
    expect(screen.getByRole('list', { name: 'Second' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'First' })).toBeTruthy();
  });

  it('shows "No events" inside the list when there are none', () => {
    render(<EventList dataset={fixtureDataset([])} aria-label="Empty timeline" />);
    const list = screen.getByRole('list', { name: 'Empty timeline' });
    expect(within(list).getByText(/No events/)).toBeTruthy();
    expect(list.querySelector('[data-event-id]')).toBeNull();
  });

  it('takes message overrides, heading level and class name', () => {
    render(
      <EventList
        dataset={fixtureDataset()}
        headingLevel={4}
        className="host-list"
        messages={{ status: { claimed: 'Claimed (unconfirmed)' }, statusBy: { claimed: 'claim of {who}' } }}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3);
    expect(screen.getByRole('list', { name: /events in time order/ }).className).toBe('fp-event-list host-list');
    // Who makes the claim is a name from the data, isolated in <bdi> inside the sentence.
    const status = document.querySelector('.fp-casualty__status[data-status="claimed"]');
    expect(status?.textContent).toBe('claim of Islamic Resistance in Iraq');
    expect(status?.querySelector('bdi')?.textContent).toBe('Islamic Resistance in Iraq');
  });

  it('never throws on malformed data that bypassed the parser', () => {
    const broken = {
      title: 42,
      timeZone: 'Not/AZone',
      events: [
        null,
        {
          id: 'a',
          start: 'not a date',
          title: { nested: true },
          casualties: 'lots',
          actors: 'x',
          related: [{ id: 'zzz', type: 'odd' }],
        },
        {
          id: 'a',
          start: '2023-10-01',
          title: 'Duplicate id',
          media: [null, { url: 5 }],
          disputes: [{ claims: null }],
        },
        {
          start: '2023-09-01',
          title: 'No id',
          location: 'Erbil',
          casualties: [{ killed: { min: 'x' }, status: 'maybe' }],
        },
      ],
    } as unknown as Dataset;
    const { container } = render(<EventList dataset={broken} />);
    expect(container.querySelectorAll('ol > li')).toHaveLength(3);
    const all = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(all).size).toBe(all.length);
    expect(() => render(<EventList dataset={undefined as unknown as Dataset} />)).not.toThrow();
  });
});

describe('<EventList dataset={escalation2023}>', () => {
  it('lists every event once, in time order, with resolvable related links and unique ids', () => {
    const { container } = render(<EventList dataset={escalation2023} />);
    const items = [...container.querySelectorAll('ol[data-fp="event-list"] > li')];
    expect(items).toHaveLength(escalation2023.events.length);
    expect(new Set(items.map((li) => li.getAttribute('data-event-id'))).size).toBe(items.length);
    const byId = new Map(escalation2023.events.map((e) => [e.id, e]));
    const starts = items.map((li) => {
      const e = byId.get(li.getAttribute('data-event-id')!)!;
      return datePeriod(e.start, e.timeZone ?? escalation2023.timeZone)!.start;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const a of container.querySelectorAll('a[href^="#"]')) {
      expect(document.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    }
    const all = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(all).size).toBe(all.length);
    for (const a of container.querySelectorAll('a:not([href^="#"])')) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows the barracks drone’s disputes and competing casualty reports', () => {
    render(<EventList dataset={escalation2023} />);
    const article = screen.getByRole('article', { name: /barracks/i });
    expect(within(article).getByRole('heading', { name: 'Disputed' })).toBeTruthy();
    expect(within(article).getByRole('heading', { name: 'Casualty reports' })).toBeTruthy();
    const reports = article.querySelector<HTMLElement>('.fp-casualties__list')!;
    expect(within(reports).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
  });
});

describe('<DatasetIssues issues>', () => {
  it('lists each issue with its path', () => {
    render(
      <DatasetIssues
        issues={[
          { path: 'events[3].start', message: 'not a date' },
          { path: '', message: 'whole thing' },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Problems in the data' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['events[3].start: not a date', 'whole thing']);
  });

  it('says when there is nothing to fix', () => {
    render(<DatasetIssues issues={[]} />);
    expect(screen.getByText('No problems found.')).toBeTruthy();
  });
});
