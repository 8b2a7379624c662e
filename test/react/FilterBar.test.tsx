import { fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi, afterEach } from 'vitest';
import { FilterBar } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import type { Filters } from '../../src/state/index';

const facet = (name: RegExp | string) => screen.getByRole('group', { name });
const box = (group: HTMLElement, name: RegExp | string) => within(group).getByRole('checkbox', { name });
const status = () => screen.getByRole('status');

afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<FilterBar>', () => {
  it('shows one fieldset per facet, each option with its count, and the summary', () => {
    const { container } = render(<FilterBar dataset={escalation2023} />);
    expect(container.querySelector('[data-fp="filter-bar"]')).not.toBeNull();
    expect(screen.getByRole('search', { name: 'Filter events' })).toBeTruthy();
    const categories = facet('Category');
    expect(
      within(categories)
        .getAllByRole('checkbox')
        .map((input) => input.closest('label')!.textContent),
    ).toEqual(['Strike (11)', 'Attack (10)', 'Diplomacy (4)', 'Statement (4)', 'Context (4)']);
    expect(box(facet('Who (acting or targeted)'), /^Islamic Resistance in Iraq \(\d+\)$/)).toBeTruthy();
    expect(box(facet('Country'), /^Jordan \(1\)$/)).toBeTruthy();
    const statuses = facet('Casualty figures');
    expect(
      within(statuses)
        .getAllByRole('checkbox')
        .map((input) => input.closest('label')!.textContent),
    ).toEqual(['Confirmed (16)', 'Reported (14)', 'No figures (9)', 'Claimed (3)', 'Denied (2)', 'Not verified (1)']);
    const significance = screen.getByRole('combobox', { name: 'Significance' }) as HTMLSelectElement;
    expect([...significance.options].map((o) => o.text)).toEqual([
      'Any (33)',
      '2 and above (32)',
      '3 and above (24)',
      '4 and above (10)',
      '5 only (3)',
    ]);
    expect(status().textContent).toBe('Showing all 33 events');
    expect(status().tagName).toBe('P');
  });

  it('calls onFiltersChange with the new filters when a box is ticked, and updates counts and summary', () => {
    const onFiltersChange = vi.fn();
    render(<FilterBar dataset={escalation2023} onFiltersChange={onFiltersChange} />);
    fireEvent.click(box(facet('Category'), /^Attack/));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['attack'] });
    expect((box(facet('Category'), /^Attack/) as HTMLInputElement).checked).toBe(true);
    expect(status().textContent).toBe('Showing 10 of 33 events');
    // Own facet's counts do not move; other facets count among attacks.
    expect(box(facet('Category'), /^Strike/).closest('label')!.textContent).toBe('Strike (11)');
    expect(box(facet('Country'), /^Jordan/).closest('label')!.textContent).toBe('Jordan (1)');
    fireEvent.click(box(facet('Category'), /^Strike/));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['attack', 'strike'] });
    fireEvent.click(box(facet('Casualty figures'), /^Claimed/));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['attack', 'strike'], statuses: ['claimed'] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Significance' }), { target: { value: '4' } });
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      categories: ['attack', 'strike'],
      statuses: ['claimed'],
      minSignificance: 4,
    });
    fireEvent.click(box(facet('Category'), /^Attack/));
    expect(onFiltersChange).toHaveBeenLastCalledWith({
      categories: ['strike'],
      statuses: ['claimed'],
      minSignificance: 4,
    });
  });

  it('clears every filter', () => {
    const onFiltersChange = vi.fn();
    render(
      <FilterBar
        dataset={escalation2023}
        defaultFilters={{ statuses: ['claimed', 'denied'], minSignificance: 3 }}
        onFiltersChange={onFiltersChange}
      />,
    );
    expect(status().textContent).toMatch(/^Showing \d+ of 33 events$/);
    expect((box(facet('Casualty figures'), /^Denied/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
    expect(status().textContent).toBe('Showing all 33 events');
    expect(screen.getAllByRole('checkbox').some((input) => (input as HTMLInputElement).checked)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onFiltersChange).toHaveBeenCalledTimes(1);
  });

  it('follows controlled filters and only asks for changes', () => {
    const onFiltersChange = vi.fn();
    const { rerender } = render(
      <FilterBar dataset={escalation2023} filters={{ categories: ['strike'] }} onFiltersChange={onFiltersChange} />,
    );
    fireEvent.click(box(facet('Category'), /^Attack/));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['strike', 'attack'] });
    expect((box(facet('Category'), /^Attack/) as HTMLInputElement).checked).toBe(false);
    rerender(
      <FilterBar dataset={escalation2023} filters={{ categories: ['attack'] }} onFiltersChange={onFiltersChange} />,
    );
    expect((box(facet('Category'), /^Attack/) as HTMLInputElement).checked).toBe(true);
    expect(status().textContent).toBe('Showing 10 of 33 events');
  });

  it('offers the dim / hide choice only when onModeChange is given', () => {
    const { rerender } = render(<FilterBar dataset={escalation2023} />);
    expect(screen.queryByRole('combobox', { name: 'Events left out' })).toBeNull();
    const onModeChange = vi.fn();
    rerender(<FilterBar dataset={escalation2023} onModeChange={onModeChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Events left out' }), { target: { value: 'hide' } });
    expect(onModeChange).toHaveBeenCalledWith('hide');
  });

  it('takes partial overrides of its words', () => {
    render(
      <FilterBar
        dataset={escalation2023}
        messages={{ clearFilters: 'Reset', summaryAll: 'All {total}', status: { none: 'No toll given' } }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
    expect(status().textContent).toBe('All 33');
    expect(box(facet('Casualty figures'), /^No toll given/)).toBeTruthy();
    expect(box(facet('Casualty figures'), /^Claimed/)).toBeTruthy();
  });

  it('opens a facet when it gets a choice from outside, and says how many are chosen', () => {
    function Host() {
      const [filters, setFilters] = useState<Filters>({});
      return (
        <>
          <button type="button" onClick={() => setFilters({ countries: ['Syria', 'Jordan'] })}>
            preset
          </button>
          <FilterBar dataset={escalation2023} filters={filters} onFiltersChange={setFilters} />
        </>
      );
    }
    const { container } = render(<Host />);
    const details = container.querySelector<HTMLDetailsElement>('details[data-facet="countries"]')!;
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'preset' }));
    expect(details.open).toBe(true);
    expect(details.querySelector('summary')!.textContent).toBe('Country: 2 chosen');
  });

  it('reads and writes the hash only with syncHash', () => {
    history.replaceState(null, '', '#event=x&cat=attack');
    const onFiltersChange = vi.fn();
    const { unmount } = render(<FilterBar dataset={escalation2023} onFiltersChange={onFiltersChange} />);
    expect(onFiltersChange).not.toHaveBeenCalled();
    unmount();
    render(<FilterBar dataset={escalation2023} syncHash onFiltersChange={onFiltersChange} />);
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['attack'] });
    fireEvent.click(box(facet('Category'), /^Strike/));
    expect(location.hash).toBe('#event=x&cat=attack,strike');
  });

  it('restores the hash under StrictMode without rewriting it first', () => {
    history.replaceState(null, '', '#sig=4&cat=attack,nobody');
    const seen: string[] = [];
    const onFiltersChange = vi.fn(() => seen.push(location.hash));
    render(
      <StrictMode>
        <FilterBar dataset={escalation2023} syncHash onFiltersChange={onFiltersChange} />
      </StrictMode>,
    );
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['attack'], minSignificance: 4 });
    expect(seen.every((hash) => hash === '#sig=4&cat=attack,nobody')).toBe(true);
    expect(status().textContent).toBe('Showing 3 of 33 events');
    // The unknown value is dropped from the link once the filters are in force.
    expect(location.hash).toBe('#sig=4&cat=attack');
  });

  it('renders on the server without style attributes, and survives a broken dataset', () => {
    const html = renderToString(<FilterBar dataset={escalation2023} defaultFilters={{ categories: ['attack'] }} />);
    expect(html).toContain('data-fp="filter-bar"');
    expect(html).not.toMatch(/\sstyle=/);
    const broken = { title: 'x', events: [null, { id: 'a' }, 'junk'] } as never;
    expect(() => render(<FilterBar dataset={broken} />)).not.toThrow();
    expect(() => render(<FilterBar dataset={undefined as never} />)).not.toThrow();
  });
});
