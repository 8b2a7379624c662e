import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventList, Legend, Timeline } from '../../src/react/index';
import { resolveTheme } from '../../src/react/hooks/resolveTheme';
import { escalation2023 } from '../../src/datasets/index';
import { createTheme, THEME_NAMES, type Theme } from '../../src/theme/index';
import { fixtureDataset } from './eventListFixture';

/** The outermost root of that kind (a Timeline holds a Legend, an EventList…). */
const root = (container: HTMLElement, fp: string) =>
  [...container.querySelectorAll<HTMLElement>(`[data-fp="${fp}"]`)].find(
    (element) => !element.parentElement?.closest('[data-fp]'),
  )!;

afterEach(() => vi.restoreAllMocks());

describe('the theme prop', () => {
  it.each(THEME_NAMES)('sets data-fp-theme="%s" for that preset, on every component', (name) => {
    const { container } = render(
      <>
        <Timeline dataset={escalation2023} theme={name} />
        <Legend dataset={escalation2023} theme={name} />
      </>,
    );
    expect(root(container, 'timeline').getAttribute('data-fp-theme')).toBe(name);
    expect(root(container, 'legend').getAttribute('data-fp-theme')).toBe(name);
  });

  it('passes an unknown but well-formed name through, for a theme in the page’s own CSS', () => {
    const { container } = render(<EventList dataset={fixtureDataset()} theme="my-paper_2" />);
    expect(root(container, 'event-list').getAttribute('data-fp-theme')).toBe('my-paper_2');
  });

  it('sets nothing on a component without a theme: the surrounding one applies', () => {
    const { container } = render(<Timeline dataset={escalation2023} />);
    expect(root(container, 'timeline').hasAttribute('data-fp-theme')).toBe(false);
    // Its parts carry no attribute either, so they inherit the Timeline's.
    expect(container.querySelectorAll('[data-fp-theme]')).toHaveLength(0);
  });

  it.each([
    ['a name that would break out of the attribute selector', 'a b;}'],
    ['a number', 42],
    ['an empty object', {}],
    ['an array', ['dark']],
    ['a function', () => 'dark'],
  ])('ignores %s: no attribute, one warning, no throw', (_, value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(
      <Timeline dataset={escalation2023} theme={value as unknown as string} showLegend />,
    );
    rerender(<Timeline dataset={escalation2023} theme={value as unknown as string} showLegend={false} />);
    // A second graphic with the same mistake: still one warning.
    render(<EventList dataset={fixtureDataset()} theme={value as unknown as string} />);
    expect(root(container, 'timeline').hasAttribute('data-fp-theme')).toBe(false);
    expect(container.querySelectorAll('[data-fp-theme]')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^Flashpoint: .*the surrounding theme applies/s);
  });

  it('cleans a hand-built theme object: unsafe values never reach the stylesheet, the rest applies', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = createTheme({ colors: { background: '#fdf6e3' } });
    const bad = {
      ...good,
      colors: { ...good.colors, text: 'red; } body { display: none' },
      geometry: undefined,
      categories: { ...good.categories, attack: { shape: '"><script>' } },
    } as unknown as Theme;
    const { container } = render(<Timeline dataset={escalation2023} theme={bad} />);
    const resolved = resolveTheme(bad);
    expect(resolved.css).toContain('--fp-color-background: #fdf6e3');
    expect(resolved.css).not.toContain('display: none');
    expect(resolved.theme!.geometry).toEqual(good.geometry);
    expect(root(container, 'timeline').getAttribute('data-fp-theme')).toBe(resolved.attribute);
    expect(container.querySelector('.fp-mark path.fp-mark__symbol')!.getAttribute('d')).not.toContain('script');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('colors.text');
  });

  it('names a theme object after its contents: the same name on the server and in the browser', () => {
    const theme = createTheme({
      colors: { background: '#fdf6e3', text: '#1d1d1b' },
      font: { family: 'Georgia, serif' },
    });
    const other = createTheme({ colors: { background: '#fefefe' } });
    const html = renderToString(<Timeline dataset={escalation2023} theme={theme} />);
    const name = /data-fp-theme="([^"]+)"/.exec(html)?.[1];
    expect(name).toMatch(/^fp-theme-[0-9a-z]+$/);
    // No <style> and no style attribute: the CSS is added in the browser (strict CSP, nothing in server HTML).
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toContain('<style');
    expect(html).not.toContain('#fdf6e3');

    // The same contents in a new object (as a CMS would hand it over) get the same name; other contents another.
    const copy = JSON.parse(JSON.stringify(theme)) as Theme;
    const { container } = render(
      <>
        <Timeline dataset={escalation2023} theme={copy} />
        <Legend dataset={escalation2023} theme={other} />
      </>,
    );
    expect(root(container, 'timeline').getAttribute('data-fp-theme')).toBe(name);
    expect(root(container, 'legend').getAttribute('data-fp-theme')).toMatch(/^fp-theme-/);
    expect(root(container, 'legend').getAttribute('data-fp-theme')).not.toBe(name);
  });

  it('hydrates server HTML of a themed graphic without a mismatch', async () => {
    const theme = createTheme({ colors: { link: '#7a1f1f' } });
    const dataset = fixtureDataset();
    const element = <EventList dataset={dataset} theme={theme} idPrefix="ssr" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const serverName = root(container, 'event-list').getAttribute('data-fp-theme');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable = vi.fn();
    let app: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      app = hydrateRoot(container, element, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors.mock.calls.filter((call) => /hydrat/i.test(String(call[0])))).toEqual([]);
    expect(root(container, 'event-list').getAttribute('data-fp-theme')).toBe(serverName);
    act(() => app!.unmount());
    container.remove();
  });
});
