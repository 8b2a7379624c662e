import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { CATEGORY_SHAPES } from '../../src/theme/index';
import { event, fixtureDataset } from './eventListFixture';

const entries = (container: HTMLElement, kind?: string) =>
  [...container.querySelectorAll<HTMLElement>('[data-fp="legend"] li')].filter(
    (li) => kind === undefined || li.dataset.entry === kind,
  );

describe('<Legend>', () => {
  it('lists one entry per category present, in words, with the category’s own shape', () => {
    const { container } = render(<Legend dataset={escalation2023} />);
    const categories = entries(container, 'category');
    expect(categories.map((li) => li.dataset.category)).toEqual([
      'attack',
      'strike',
      'diplomacy',
      'statement',
      'context',
    ]);
    expect(categories.map((li) => li.textContent)).toEqual(['Attack', 'Strike', 'Diplomacy', 'Statement', 'Context']);
    const attackPath = categories[0]!.querySelector('svg path')!.getAttribute('d');
    expect(attackPath).toBe(CATEGORY_SHAPES.burst);
    for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('only lists categories the events use; a declared category shows its label', () => {
    const data = fixtureDataset([
      event({ id: 'a', start: '2023-10-01', title: 'A', category: 'strike' }),
      event({ id: 'b', start: '2023-10-02', title: 'B', category: 'press-release' }),
    ]);
    data.categories = [{ id: 'press-release', label: 'Press release' }];
    const { container } = render(<Legend dataset={data} />);
    expect(entries(container, 'category').map((li) => li.textContent)).toEqual(['Strike', 'Press release']);
  });

  it('explains every mark encoding in words, colour never the only cue', () => {
    const { container } = render(<Legend dataset={escalation2023} />);
    const list = screen.getByRole('list', { name: 'Key' });
    const text = list.textContent!;
    expect(text).toContain('An event at a known moment');
    expect(text).toContain('a bar from its start to its end');
    expect(text).toContain('approximate: drawn as the span it could fall in');
    expect(text).toContain('Several events too close to tell apart');
    expect(text).toContain('select to zoom in');
    expect(text).toContain('Cause → response');
    expect(text).toContain('a phase of the story');
    expect(entries(container).every((li) => li.textContent!.trim().length > 0)).toBe(true);
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('leaves out what the dataset cannot show (ranges, links, phases), unless items asks for it', () => {
    const data = fixtureDataset([event({ id: 'a', start: '2023-10-01', title: 'A' })]);
    const { container, rerender } = render(<Legend dataset={data} />);
    expect(entries(container).map((li) => li.dataset.entry)).toEqual(['category', 'point', 'approximate', 'cluster']);
    rerender(<Legend dataset={data} items={['phase', 'categories']} />);
    expect(entries(container).map((li) => li.dataset.entry)).toEqual(['category', 'phase']);
  });

  it('takes overridden words and never throws on a broken dataset', () => {
    render(<Legend dataset={escalation2023} messages={{ legendLabel: 'Legende', category: { attack: 'Angriff' } }} />);
    const list = screen.getByRole('list', { name: 'Legende' });
    expect(within(list).getByText('Angriff')).toBeTruthy();
    expect(() => render(<Legend dataset={{ events: 5 } as never} />)).not.toThrow();
  });
});
