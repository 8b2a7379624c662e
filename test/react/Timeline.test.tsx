import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';

describe('<Timeline> (jsdom)', () => {
  it('has one tab stop among its marks (roving tabindex)', () => {
    const { container } = render(<Timeline dataset={escalation2023} />);
    const stops = container.querySelectorAll('.fp-marks [tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(container.querySelectorAll('.fp-marks [tabindex="-1"]').length).toBeGreaterThan(10);
  });

  it('switches to a visible list view and back', () => {
    const { container } = render(<Timeline dataset={escalation2023} />);
    const toggle = screen.getByRole('button', { name: 'List view' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('svg.fp-plot')).toBeNull();
    expect(container.querySelector('.fp-timeline__list')!.classList.contains('fp-visually-hidden-focusable')).toBe(
      false,
    );
    fireEvent.click(toggle);
    expect(container.querySelector('svg.fp-plot')).not.toBeNull();
  });

  it('follows a controlled selectedId and asks for changes on click', () => {
    const onSelectedIdChange = vi.fn();
    const { container, rerender } = render(
      <Timeline dataset={escalation2023} selectedId={null} onSelectedIdChange={onSelectedIdChange} />,
    );
    fireEvent.click(container.querySelector('.fp-mark[data-event-id="tower-22-drone-attack"]')!);
    expect(onSelectedIdChange).toHaveBeenCalledWith('tower-22-drone-attack');
    expect(container.querySelector('[data-fp="event-detail"]')).toBeNull();
    rerender(
      <Timeline dataset={escalation2023} selectedId="tower-22-drone-attack" onSelectedIdChange={onSelectedIdChange} />,
    );
    expect(container.querySelector('[data-fp="event-detail"]')!.getAttribute('data-event-id')).toBe(
      'tower-22-drone-attack',
    );
  });

  it('draws only the selected event’s arrows in "selected" link mode', () => {
    const { container } = render(
      <Timeline dataset={escalation2023} defaultSelectedId="tower-22-drone-attack" defaultLinkMode="selected" />,
    );
    const links = [...container.querySelectorAll('.fp-link')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect([link.getAttribute('data-from'), link.getAttribute('data-to')]).toContain('tower-22-drone-attack');
    }
  });

  it('puts every event in one lane below the single-lane width', () => {
    // 500 px: narrower than singleLaneBelow (480 is the default; 520 here), wider than verticalBelow (400 here).
    const { container } = render(
      <Timeline dataset={escalation2023} initialWidth={500} singleLaneBelow={520} verticalBelow={400} />,
    );
    expect(container.querySelectorAll('.fp-lane')).toHaveLength(1);
  });

  it('shows a dataset with no events without throwing', () => {
    const { container } = render(<Timeline dataset={{ ...escalation2023, events: [] }} />);
    expect(container.querySelector('[data-fp="timeline"]')).not.toBeNull();
    expect(container.textContent).toContain('No events to show.');
  });
});
