import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act } from 'react';
import { MapInset } from '../../src/react/index';
import { loadWorldAtlas } from '../../src/react/hooks/useWorldAtlas';
import { escalation2023 } from '../../src/datasets/index';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';

afterEach(unmountAll);

const pointOf = (host: HTMLElement, id: string) =>
  host.querySelector<SVGGElement>(`.fp-map-inset__point[data-event-ids~="${id}"]`)!;

/** Waits for the outlines (the module and JSON served from node_modules: no network), inside act. */
async function ready(host: HTMLElement) {
  await act(async () => {
    await loadWorldAtlas();
  });
  await vi.waitFor(
    () => expect(host.querySelector('[data-fp="map-inset"]')!.getAttribute('data-state')).toBe('ready'),
    {
      timeout: 10_000,
    },
  );
}

describe('MapInset in Chromium', () => {
  it('loads the land outlines from the package, offline, and lines them up with the points', async () => {
    const host = await mountInBrowser(<MapInset dataset={escalation2023} />);
    await ready(host);
    const land = host.querySelectorAll<SVGPathElement>('path.fp-map-inset__land');
    expect(land.length).toBeGreaterThan(3);
    // The Baghdad point lies inside Iraq's outline, and the Southern Israel point inside Israel's or
    // Palestine's (Gaza): the projection of the points is the one that drew the land.
    const inside = (countryId: string, eventId: string) => {
      const path = host.querySelector<SVGPathElement>(`path.fp-map-inset__land[data-country="${countryId}"]`)!;
      const point = pointOf(host, eventId).transform.baseVal.consolidate()!.matrix;
      return path.isPointInFill(new DOMPoint(point.e, point.f));
    };
    expect(inside('368', 'blinken-visits-baghdad')).toBe(true);
    expect(inside('400', 'tower-22-drone-attack') || inside('760', 'tower-22-drone-attack')).toBe(true);
    expect(inside('368', 'tower-22-drone-attack')).toBe(false);
    // Land is painted with the theme's colour, and the point is clearly visible on it.
    const fill = getComputedStyle(land[0]!).fill;
    expect(fill).toBe('rgb(235, 231, 221)');
  });

  it('calls onSelect when a point is clicked', async () => {
    const onSelect = vi.fn();
    const onHighlight = vi.fn();
    const host = await mountInBrowser(
      <MapInset dataset={escalation2023} selectedId={null} onSelect={onSelect} onHighlight={onHighlight} />,
    );
    await ready(host);
    await userEvent.hover(pointOf(host, 'hamas-attack-on-israel'));
    expect(onHighlight).toHaveBeenLastCalledWith('hamas-attack-on-israel');
    await userEvent.click(pointOf(host, 'hamas-attack-on-israel'));
    expect(onSelect).toHaveBeenLastCalledWith('hamas-attack-on-israel');
    await userEvent.click(pointOf(host, 'tower-22-drone-attack'));
    expect(onSelect).toHaveBeenLastCalledWith('al-tanf-drone-attack-oct-18');
  });

  it('marks the point of selectedId as selected, with a visible ring', async () => {
    const host = await mountInBrowser(<MapInset dataset={escalation2023} selectedId="tower-22-drone-attack" />);
    await ready(host);
    const point = pointOf(host, 'tower-22-drone-attack');
    expect(point.dataset.state).toBe('selected');
    const ring = point.querySelector<SVGCircleElement>('.fp-map-inset__hit')!;
    expect(getComputedStyle(ring).stroke).toBe('rgb(10, 85, 168)');
    expect([...host.querySelectorAll('.fp-map-inset__label')].map((label) => label.textContent)).toContain('Tower 22');
  });

  it('scales down with a narrow container and keeps its labels inside the map', async () => {
    const host = await mountInBrowser(<MapInset dataset={escalation2023} />, { width: 240 });
    await ready(host);
    const svg = host.querySelector('svg')!.getBoundingClientRect();
    expect(svg.width).toBeLessThanOrEqual(240);
    for (const label of host.querySelectorAll('.fp-map-inset__label, .fp-map-inset__country')) {
      const box = label.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(svg.left - 1);
      expect(box.right).toBeLessThanOrEqual(svg.right + 1);
    }
  });
});
