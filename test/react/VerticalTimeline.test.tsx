import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VerticalTimeline } from '../../src/react/index';
import type { Dataset } from '../../src/schema/index';
import { event, fixtureDataset } from './eventListFixture';

/** Two events in October, one in December (a break), and one whose date cannot be read. */
function dataset(): Dataset {
  return fixtureDataset([
    event({ id: 'late', start: '2023-12-20', title: 'Late event' }),
    event({ id: 'first', start: '2023-10-01', title: 'First event' }),
    event({ id: 'undated', start: 'sometime', title: 'Undated event' }),
    event({ id: 'second', start: '2023-10-03', title: 'Second event' }),
  ]);
}

const ids = (container: HTMLElement) =>
  [...container.querySelectorAll('li[data-event-id]')].map((li) => li.getAttribute('data-event-id'));

describe('<VerticalTimeline> in jsdom (no IntersectionObserver)', () => {
  it('renders without IntersectionObserver: cards in time order, the undated one last, nothing "current"', () => {
    expect(typeof IntersectionObserver).toBe('undefined');
    const { container } = render(<VerticalTimeline dataset={dataset()} gapThreshold={7 * 86_400_000} />);
    const root = screen.getByRole('region', { name: 'Test escalation' });
    expect(root.dataset.fp).toBe('vertical-timeline');
    expect(ids(container)).toEqual(['first', 'second', 'late', 'undated']);
    const list = within(root).getByRole('list', { name: 'Test escalation: events in time order, newest last' });
    expect(within(list).getByText('3 months later')).toBeTruthy();
    expect(within(list).getByText('Date not known')).toBeTruthy();
    expect(container.querySelector('[data-current]')).toBeNull();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('names each card by its event title, one heading level below the title', () => {
    render(<VerticalTimeline dataset={dataset()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Test escalation' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Second event' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Second event' })).toBeTruthy();
  });

  it('is controlled by selectedId: the card is aria-current, and Enter asks for another', () => {
    const onSelectedIdChange = vi.fn();
    const { rerender } = render(
      <VerticalTimeline dataset={dataset()} selectedId="second" onSelectedIdChange={onSelectedIdChange} />,
    );
    const second = screen.getByRole('listitem', { name: 'Second event' });
    expect(second.getAttribute('aria-current')).toBe('true');
    expect(second.tabIndex).toBe(0);
    const late = screen.getByRole('listitem', { name: 'Late event' });
    fireEvent.keyDown(late, { key: 'Enter' });
    expect(onSelectedIdChange).toHaveBeenCalledWith('late');
    // Controlled: nothing changes until the host says so.
    expect(late.getAttribute('aria-current')).toBeNull();
    rerender(<VerticalTimeline dataset={dataset()} selectedId="late" onSelectedIdChange={onSelectedIdChange} />);
    expect(late.getAttribute('aria-current')).toBe('true');
    expect(second.getAttribute('aria-current')).toBeNull();
  });

  it('leaves keys pressed on a link inside a card alone', () => {
    const onSelectedIdChange = vi.fn();
    render(<VerticalTimeline dataset={fixtureDataset()} onSelectedIdChange={onSelectedIdChange} />);
    const link = document.querySelector<HTMLElement>('li[data-event-id] a[href]')!;
    fireEvent.keyDown(link, { key: 'Enter' });
    fireEvent.keyDown(link, { key: 'ArrowDown' });
    expect(onSelectedIdChange).not.toHaveBeenCalled();
  });

  it('selects a card clicked on its text, not when one of its links is clicked', () => {
    const onSelectedIdChange = vi.fn();
    const { container } = render(
      <VerticalTimeline dataset={fixtureDataset()} onSelectedIdChange={onSelectedIdChange} />,
    );
    const link = container.querySelector<HTMLElement>('li[data-event-id] a[href]')!;
    link.addEventListener('click', (e) => e.preventDefault());
    fireEvent.click(link);
    expect(onSelectedIdChange).not.toHaveBeenCalled();
    const card = link.closest<HTMLElement>('li[data-event-id]')!;
    fireEvent.click(card.querySelector('.fp-event__title')!);
    expect(onSelectedIdChange).toHaveBeenCalledWith(card.dataset.eventId);
    expect(card.getAttribute('aria-current')).toBe('true');
  });
});
