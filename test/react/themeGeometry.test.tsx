import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from '../../src/react/index';
import { escalation2023 } from '../../src/datasets/index';
import { createTheme, themes, type BuiltInThemeName } from '../../src/theme/index';
import type { ThemeProp } from '../../src/react/index';
import { cssPixels } from '../../src/react/hooks/cssPixels';

function drawn(theme: ThemeProp | undefined, width = 1000) {
  const { container, unmount } = render(<Timeline dataset={escalation2023} theme={theme} initialWidth={width} />);
  const lanes = [...container.querySelectorAll('.fp-lane__label')].map((label) => Number(label.getAttribute('y')));
  const gaps = lanes.slice(1).map((y, i) => y - lanes[i]!);
  // A symbol is a 16 × 16 path scaled to the mark's diameter.
  const radii = [...container.querySelectorAll('.fp-plot .fp-mark__symbol')].map(
    (path) => Number(/scale\(([\d.]+)\)/.exec(path.getAttribute('transform') ?? '')?.[1]) * 8,
  );
  const clusterRadii = [...container.querySelectorAll('.fp-cluster__disc')].map((disc) =>
    Number(disc.getAttribute('r')),
  );
  // Pointer target centres: marks' 24 px squares and clusters' discs.
  const targets = [
    ...[...container.querySelectorAll('.fp-mark__target')].map((rect) => ({
      x: Number(rect.getAttribute('x')) + 12,
      y: Number(rect.getAttribute('y')) + 12,
    })),
    ...[...container.querySelectorAll('.fp-cluster__disc')].map((disc) => ({
      x: Number(disc.getAttribute('cx')),
      y: Number(disc.getAttribute('cy')),
    })),
  ];
  unmount();
  return { lanes, gaps, radii, clusterRadii, targets };
}

/** Closest two pointer targets, centre to centre, px. */
function closest(targets: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      min = Math.min(min, Math.hypot(targets[i]!.x - targets[j]!.x, targets[i]!.y - targets[j]!.y));
    }
  }
  return min;
}

describe('layout geometry from the theme', () => {
  it.each<[BuiltInThemeName, number, number]>([
    ['light', 62, 6],
    ['wire', 52, 5],
    ['broadsheet', 72, 6],
    ['digital', 62, 7],
  ])('%s: lanes %i px apart, marks of radius %i', (name, laneHeight, markRadius) => {
    expect(themes[name].geometry.laneHeight).toBe(laneHeight);
    const { gaps, radii } = drawn(name);
    expect(gaps.length).toBeGreaterThan(2);
    for (const gap of gaps) expect(gap).toBe(laneHeight);
    expect(radii.length).toBeGreaterThan(5);
    for (const r of radii) expect(r).toBeCloseTo(markRadius, 5);
  });

  it('follows a theme object’s geometry, and gives a single lane one more label row', () => {
    const theme = createTheme({ geometry: { laneHeight: 90, clusterRadius: 13, rowHeight: 20 } });
    const { gaps, clusterRadii } = drawn(theme);
    for (const gap of gaps) expect(gap).toBe(90);
    expect(clusterRadii.length).toBeGreaterThan(0);
    for (const r of clusterRadii) expect(r).toBe(13);

    const { container } = render(
      <Timeline dataset={escalation2023} theme={theme} initialWidth={500} singleLaneBelow={520} verticalBelow={400} />,
    );
    expect(container.querySelectorAll('.fp-lane')).toHaveLength(1);
    const svg = container.querySelector('svg.fp-plot')!;
    const wide = render(<Timeline dataset={escalation2023} theme={theme} initialWidth={500} verticalBelow={400} />);
    const lanes = wide.container.querySelectorAll('.fp-lane').length;
    const wideHeight = Number(wide.container.querySelector('svg.fp-plot')!.getAttribute('height'));
    // Same axis and margins: the difference is the lanes' heights.
    expect(wideHeight - Number(svg.getAttribute('height'))).toBe(lanes * 90 - (90 + 20));
  });

  it('measures labels in the theme’s label size, so a larger type leaves less room for words', () => {
    expect([cssPixels('12px'), cssPixels('8pt'), cssPixels(' 11.5px '), cssPixels('0.75em'), cssPixels(12)]).toEqual([
      12,
      32 / 3,
      11.5,
      undefined,
      undefined,
    ]);
    const words = (theme: ThemeProp) => {
      const { container, unmount } = render(<Timeline dataset={escalation2023} theme={theme} initialWidth={1000} />);
      const text = [...container.querySelectorAll('.fp-mark-label')].map((label) => label.textContent ?? '').join('');
      unmount();
      return text.length;
    };
    const regular = words('light');
    const large = words(createTheme({ font: { sizeLabel: '20px' } }));
    expect(regular).toBeGreaterThan(100);
    expect(large).toBeLessThan(regular * 0.8);
  });

  it.each(Object.keys(themes) as BuiltInThemeName[])(
    '%s: no two pointer targets closer than 24 px (WCAG 2.5.8)',
    (name) => {
      for (const width of [1000, 640]) {
        const { targets } = drawn(name, width);
        expect(targets.length).toBeGreaterThan(5);
        expect(closest(targets)).toBeGreaterThanOrEqual(24);
      }
    },
  );
});
