import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EventDetail } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Dataset } from '../../src/schema/index';
import { event, fixtureDataset } from './eventListFixture';

const noop = () => {};

function detail(container: HTMLElement): HTMLElement {
  return container.querySelector<HTMLElement>('[data-fp="event-detail"]')!;
}

describe('<EventDetail>', () => {
  it('is a region named by the event title, with its layout and event id as data attributes', () => {
    const { container } = render(<EventDetail dataset={fixtureDataset()} eventId="drone" onSelectEvent={noop} />);
    const region = screen.getByRole('region', { name: 'Drone hits barracks' });
    expect(region).toBe(detail(container));
    expect(region.dataset.layout).toBe('panel');
    expect(region.dataset.state).toBe('open');
    expect(region.dataset.eventId).toBe('drone');
    expect(region.classList.contains('fp-event-detail')).toBe(true);
    expect(within(region).getByRole('heading', { level: 3, name: 'Drone hits barracks' })).toBeTruthy();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('shows what EventList shows: time, category in words, actors → targets, place, summary, reports, disputes', () => {
    const { container } = render(<EventDetail dataset={fixtureDataset()} eventId="drone" onSelectEvent={noop} />);
    const text = detail(container).textContent!;
    expect(container.querySelector('time')!.getAttribute('datetime')).toBe('2023-10-26T05:00:00+03:00');
    expect(text).toContain('about 26 October 2023, 05:00 Baghdad time (GMT+3)');
    expect(container.querySelector('.fp-category')!.textContent).toBe('Attack');
    expect(text).toMatch(/By:\s*Islamic Resistance in Iraq and Kata'ib Hezbollah\s*→\s*Target:\s*US forces/);
    expect(text).toContain('Erbil Air Base, Iraq');
    expect(text).toContain('A drone crashed into a barracks but did not explode.');
    expect(text).toContain('One paper says 25 October.');
    // Status in words, with who gives it.
    expect(text).toContain('reported by Two US officials');
    expect(text).toContain('claimed by Islamic Resistance in Iraq');
    expect(text).toContain('denied by US Central Command');
    expect(text).toContain('Which base was hit');
    expect(text).toContain('Wall Street Journal says: Al-Asad Air Base');
  });

  it('links sources only for http(s) URLs, with rel="noopener noreferrer"', () => {
    const data = fixtureDataset();
    data.sources.push({ id: 'evil', outlet: 'Evil', url: 'javascript:alert(1)' } as Dataset['sources'][number]);
    data.events[1] = { ...data.events[1]!, sources: ['wire', 'paper', 'evil'] };
    const { container } = render(<EventDetail dataset={data} eventId="drone" onSelectEvent={noop} />);
    const links = [...detail(container).querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:/);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(detail(container).textContent).toContain('Evil');
  });

  it('offers related events as buttons, described in words, that select them', () => {
    const onSelectEvent = vi.fn();
    render(<EventDetail dataset={fixtureDataset()} eventId="strike" onSelectEvent={onSelectEvent} />);
    const button = screen.getByRole('button', { name: 'Retaliation for: Drone hits barracks' });
    fireEvent.click(button);
    expect(onSelectEvent).toHaveBeenCalledWith('drone');
    expect(screen.queryByRole('link', { name: /Drone hits barracks/ })).toBeNull();
  });

  it('selects the right events from Tower 22: the two US responses', () => {
    const onSelectEvent = vi.fn();
    render(<EventDetail dataset={escalation2023} eventId="tower-22-drone-attack" onSelectEvent={onSelectEvent} />);
    const answers = screen.getAllByRole('button', { name: /^Answered by:/ });
    expect(answers).toHaveLength(2);
    for (const b of answers) fireEvent.click(b);
    expect(onSelectEvent.mock.calls).toEqual([
      ['us-strikes-85-targets-iraq-syria'],
      ['baghdad-strike-kills-abu-baqir-al-saadi'],
    ]);
  });

  it('has a named close button that calls onClose, and none without onClose', () => {
    const onClose = vi.fn();
    const { rerender } = render(
      <EventDetail dataset={fixtureDataset()} eventId="drone" onSelectEvent={noop} onClose={onClose} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close the details' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    rerender(<EventDetail dataset={fixtureDataset()} eventId="drone" onSelectEvent={noop} />);
    expect(screen.queryByRole('button', { name: 'Close the details' })).toBeNull();
  });

  it('calls onClose on Esc anywhere inside it, and lets other keys through', () => {
    const onClose = vi.fn();
    render(<EventDetail dataset={fixtureDataset()} eventId="strike" onSelectEvent={noop} onClose={onClose} />);
    const related = screen.getByRole('button', { name: /Retaliation for/ });
    fireEvent.keyDown(related, { key: 'Enter' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(related, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('renders the hint, without throwing, for null, an unknown id and a broken dataset', () => {
    for (const eventId of [null, 'no-such-event', undefined]) {
      const { container, unmount } = render(
        <EventDetail dataset={fixtureDataset()} eventId={eventId} onSelectEvent={noop} />,
      );
      expect(detail(container).dataset.state).toBe('empty');
      expect(detail(container).textContent).toContain('Select an event');
      expect(screen.queryByRole('region')).toBeNull();
      unmount();
    }
    const broken = { title: 'x', events: 'not a list' } as unknown as Dataset;
    expect(() => render(<EventDetail dataset={broken} eventId="drone" onSelectEvent={noop} />)).not.toThrow();
    expect(() =>
      render(<EventDetail dataset={null as unknown as Dataset} eventId="drone" onSelectEvent={noop} />),
    ).not.toThrow();
  });

  it('keeps broken event data from throwing into the page', () => {
    const data = fixtureDataset([
      event({ id: 'odd', start: 'not a date', title: 'Odd', casualties: 'x' as never, related: [null] as never }),
    ]);
    const { container } = render(<EventDetail dataset={data} eventId="odd" onSelectEvent={noop} />);
    expect(detail(container).dataset.state).toBe('open');
    expect(screen.getByRole('heading', { name: 'Odd' })).toBeTruthy();
  });

  it('gives the reader’s time only when readerTimeZone is given and says something else', () => {
    const props = { dataset: escalation2023, eventId: 'us-strikes-kh-facilities-dec-26', onSelectEvent: noop };
    const { container, rerender } = render(<EventDetail {...props} />);
    const time = () => container.querySelector('.fp-event__meta')!.textContent!;
    expect(time()).toContain('26 December 2023, 04:45 Baghdad time (GMT+3)');
    expect(time()).not.toContain('your time');
    rerender(<EventDetail {...props} readerTimeZone="America/New_York" />);
    expect(time()).toContain(
      '26 December 2023, 04:45 Baghdad time (GMT+3) — 25 December 2023, 20:45 New York time (GMT-5), your time',
    );
    rerender(<EventDetail {...props} readerTimeZone="Asia/Riyadh" />);
    expect(time()).not.toContain('your time');
    rerender(<EventDetail {...props} readerTimeZone="Not/AZone" />);
    expect(time()).not.toContain('your time');
    // A date alone is that day wherever the reader is.
    rerender(<EventDetail {...props} eventId="tower-22-drone-attack" readerTimeZone="America/New_York" />);
    expect(time()).not.toContain('your time');
  });

  it('forwards its ref to the focusable root, so the Timeline can move focus into it', () => {
    const ref = createRef<HTMLElement>();
    render(<EventDetail ref={ref} dataset={fixtureDataset()} eventId="drone" onSelectEvent={noop} />);
    expect(ref.current?.getAttribute('data-fp')).toBe('event-detail');
    ref.current!.focus();
    expect(document.activeElement).toBe(ref.current);
  });

  it('exposes the sheet layout, takes overridden words and extra classes', () => {
    const { container } = render(
      <EventDetail
        dataset={fixtureDataset()}
        eventId={null}
        layout="sheet"
        className="mine"
        onSelectEvent={noop}
        onClose={noop}
        messages={{ detailHint: 'Pick one', detailClose: 'Close' }}
      />,
    );
    expect(detail(container).dataset.layout).toBe('sheet');
    expect(detail(container).className).toBe('fp-event-detail mine');
    expect(detail(container).textContent).toContain('Pick one');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });

  it('renders on the server with no style attribute and no reader time', () => {
    const html = renderToString(
      <EventDetail dataset={escalation2023} eventId="us-strikes-kh-facilities-dec-26" onSelectEvent={noop} />,
    );
    expect(html).toContain('data-fp="event-detail"');
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('your time');
  });
});
