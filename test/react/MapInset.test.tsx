import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MapInset } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/index';
import { event, fixtureDataset } from './eventListFixture';

const points = (container: HTMLElement) => [...container.querySelectorAll<SVGGElement>('.fp-map-inset__point')];
const pointOf = (container: HTMLElement, id: string) =>
  container.querySelector<SVGGElement>(`.fp-map-inset__point[data-event-ids~="${id}"]`)!;
const OUTSIDE = ['uss-carney-intercepts-houthi-launches', 'biden-warning-to-khamenei', 'sudani-visits-tehran'];

describe('<MapInset>', () => {
  it('draws a point for every located event in the frame, and names the far-off ones in words', () => {
    const { container } = render(<MapInset dataset={escalation2023} />);
    const root = container.querySelector('[data-fp="map-inset"]')!;
    expect(root.classList.contains('fp-map-inset')).toBe(true);
    const ids = points(container).flatMap((point) => point.dataset.eventIds!.split(' '));
    const expected = escalation2023.events.map((e) => e.id).filter((id) => !OUTSIDE.includes(id));
    expect(ids.sort()).toEqual(expected.sort());
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Map of 30 located events, in Iraq, Syria, Israel and Jordan.',
    );
    expect(screen.getByText('3 events outside the map: Northern Red Sea, Washington and Tehran.')).toBeTruthy();
    // Groups show their count; single events carry data-event-id like every drawn event.
    const baghdad = pointOf(container, 'blinken-visits-baghdad');
    expect(Number(baghdad.dataset.count)).toBeGreaterThan(1);
    expect(baghdad.querySelector('.fp-map-inset__count')!.textContent).toBe(baghdad.dataset.count);
    expect(pointOf(container, 'hamas-attack-on-israel').dataset.eventId).toBe('hamas-attack-on-israel');
    // Nothing inside the image is focusable.
    expect(root.querySelectorAll('svg [tabindex], svg a, svg button')).toHaveLength(0);
  });

  it('calls onSelect with the event of a clicked point, and cycles through a group on further clicks', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(<MapInset dataset={escalation2023} onSelect={onSelect} />);
    fireEvent.click(pointOf(container, 'hamas-attack-on-israel'));
    expect(onSelect).toHaveBeenLastCalledWith('hamas-attack-on-israel');

    const group = pointOf(container, 'blinken-visits-baghdad');
    const members = group.dataset.eventIds!.split(' ');
    fireEvent.click(group);
    expect(onSelect).toHaveBeenLastCalledWith(members[0]);
    rerender(<MapInset dataset={escalation2023} onSelect={onSelect} selectedId={members[0]} />);
    fireEvent.click(pointOf(container, 'blinken-visits-baghdad'));
    expect(onSelect).toHaveBeenLastCalledWith(members[1]);
    rerender(<MapInset dataset={escalation2023} onSelect={onSelect} selectedId={members.at(-1)} />);
    fireEvent.click(pointOf(container, 'blinken-visits-baghdad'));
    expect(onSelect).toHaveBeenLastCalledWith(members[0]);
  });

  it('marks the point of selectedId as selected and of highlightId as highlighted', () => {
    const { container, rerender } = render(
      <MapInset dataset={escalation2023} selectedId="tower-22-drone-attack" highlightId="hamas-attack-on-israel" />,
    );
    expect(pointOf(container, 'tower-22-drone-attack').dataset.state).toBe('selected');
    expect(pointOf(container, 'hamas-attack-on-israel').dataset.state).toBe('highlighted');
    expect(points(container).filter((point) => point.dataset.state === 'selected')).toHaveLength(1);
    rerender(<MapInset dataset={escalation2023} selectedId={null} />);
    expect(points(container).every((point) => point.dataset.state === 'idle')).toBe(true);
  });

  it('keeps its own selection when uncontrolled', () => {
    const { container } = render(<MapInset dataset={escalation2023} defaultSelectedId="hamas-attack-on-israel" />);
    expect(pointOf(container, 'hamas-attack-on-israel').dataset.state).toBe('selected');
    fireEvent.click(pointOf(container, 'tower-22-drone-attack'));
    expect(pointOf(container, 'hamas-attack-on-israel').dataset.state).toBe('idle');
    expect(pointOf(container, 'tower-22-drone-attack').dataset.state).toBe('selected');
  });

  it('reports hover to onHighlight, and leaving with null', () => {
    const onHighlight = vi.fn();
    const { container } = render(<MapInset dataset={escalation2023} onHighlight={onHighlight} />);
    fireEvent.pointerEnter(pointOf(container, 'hamas-attack-on-israel'), { pointerType: 'mouse' });
    expect(onHighlight).toHaveBeenLastCalledWith('hamas-attack-on-israel');
    fireEvent.pointerLeave(pointOf(container, 'hamas-attack-on-israel'), { pointerType: 'mouse' });
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('dims the points with no event in view, or hides them; a click selects an event in view', () => {
    const visible = new Set(['hamas-attack-on-israel', 'baghdad-strike-kills-abu-taqwa']);
    const onSelect = vi.fn();
    const { container, rerender } = render(
      <MapInset dataset={escalation2023} visibleIds={visible} onSelect={onSelect} />,
    );
    expect(pointOf(container, 'tower-22-drone-attack').dataset.state).toBe('dimmed');
    expect(pointOf(container, 'hamas-attack-on-israel').dataset.state).toBe('idle');
    const baghdad = pointOf(container, 'baghdad-strike-kills-abu-taqwa');
    expect(baghdad.dataset.state).toBe('idle');
    expect(baghdad.querySelector('.fp-map-inset__count')).toBeNull(); // one event of the group in view
    fireEvent.click(baghdad);
    expect(onSelect).toHaveBeenLastCalledWith('baghdad-strike-kills-abu-taqwa');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('2 of them are in the current view.');

    rerender(<MapInset dataset={escalation2023} visibleIds={visible} outOfView="hide" selectedId={null} />);
    expect(points(container).map((point) => point.dataset.state)).toEqual(['idle', 'idle']);
  });

  it('loads the land outlines from the package after the first render', async () => {
    const { container } = render(<MapInset dataset={escalation2023} />);
    await waitFor(
      () => expect(container.querySelector('[data-fp="map-inset"]')!.getAttribute('data-state')).toBe('ready'),
      {
        timeout: 5000,
      },
    );
    expect(container.querySelectorAll('path.fp-map-inset__land').length).toBeGreaterThan(3);
    expect(container.querySelector('path.fp-map-inset__land[data-country="368"]')).not.toBeNull(); // Iraq
    expect([...container.querySelectorAll('.fp-map-inset__country')].map((text) => text.textContent)).toContain('IRAQ');
  });

  it('renders on the server: frame, points and labels first, land later, and no style attributes', () => {
    const html = renderToString(<MapInset dataset={escalation2023} selectedId="tower-22-drone-attack" />);
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('role="img"');
    expect(html).toContain('data-event-id="hamas-attack-on-israel"');
    expect(html).toMatch(/data-state="selected" data-event-ids="[^"]*tower-22-drone-attack/);
    expect(html).toContain('>Tower 22</text>');
    expect(html).toContain('class="fp-map-inset__label"');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('fp-map-inset__land"');
  });

  it('says so, and draws nothing, when no event has coordinates; never throws on bad data', async () => {
    const dataset = fixtureDataset([
      event({ id: 'a', start: '2023-10-01', title: 'A', location: { name: 'Somewhere' } }),
      event({ id: 'b', start: '2023-10-02', title: 'B' }),
    ]);
    const { container, unmount } = render(<MapInset dataset={dataset} />);
    const root = container.querySelector('[data-fp="map-inset"]')!;
    expect(root.getAttribute('data-state')).toBe('empty');
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toBe('None of these events has map coordinates, so there is no map.');
    unmount();

    const junk = { events: [null, { id: 'x', location: { lat: 'north', lon: 2 } }, 7] } as unknown as Dataset;
    expect(() => render(<MapInset dataset={junk} width={Number.NaN} />)).not.toThrow();
    expect(() => render(<MapInset dataset={undefined as unknown as Dataset} />)).not.toThrow();
    await act(async () => {});
  });

  it('takes words from messages, with plural forms', () => {
    const events = [
      event({
        id: 'a',
        start: '2023-10-01',
        title: 'A',
        location: { name: 'Baghdad', country: 'Iraq', lat: 33.3, lon: 44.4 },
      }),
      event({ id: 'b', start: '2023-10-02', title: 'B', location: { name: 'Nowhere' } }),
    ];
    render(
      <MapInset
        dataset={fixtureDataset(events)}
        locale="de-DE"
        messages={{
          mapSummary: { one: 'Karte mit {count} Ereignis in {countries}.' },
          mapUnlocated: { one: '{count} Ereignis ohne Koordinaten.' },
        }}
      />,
    );
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Karte mit 1 Ereignis in Iraq.');
    expect(screen.getByText('1 Ereignis ohne Koordinaten.')).toBeTruthy();
  });
});
