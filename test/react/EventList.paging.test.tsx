import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { EventList } from '../../src/react/index';
import { generateDataset } from '../../src/datasets/index';

const dataset = generateDataset({ count: 25, seed: 2 });

describe('<EventList pageSize>', () => {
  it('shows the first page in time order, then more on request, until every event is listed', () => {
    const { container } = render(<EventList dataset={dataset} pageSize={10} />);
    const ids = () =>
      [...container.querySelectorAll('li[data-event-id]')].map((li) => li.getAttribute('data-event-id'));
    expect(ids()).toEqual(dataset.events.slice(0, 10).map((event) => event.id));
    fireEvent.click(screen.getByRole('button', { name: /Show 10 more events \(15 not shown yet\)/ }));
    expect(ids()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: /Show 5 more events/ }));
    expect(ids()).toHaveLength(25);
    expect(screen.queryByRole('button', { name: /Show/ })).toBeNull();
  });

  it('lists every event when no pageSize is given', () => {
    const { container } = render(<EventList dataset={dataset} />);
    expect(container.querySelectorAll('li[data-event-id]')).toHaveLength(25);
    expect(container.querySelector('.fp-event-list__more')).toBeNull();
  });
});
