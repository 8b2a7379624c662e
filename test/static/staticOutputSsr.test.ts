import { version } from 'react';
import { describe, expect, inject, it } from 'vitest';
import { renderStaticHtml, renderStaticSvg } from '../../src/static/index';
import { escalation2023 } from '../../src/datasets/index';
import { drawnEventIds, parseHtml, parseXml, styleText } from './staticSvgDom';

// Also run by the ssr-react18 project: flashpoint/static promises React 18.3 as well as 19.
describe(`flashpoint/static with React ${version}`, () => {
  it('runs on the React line the project asks for', () => {
    expect(version.startsWith(inject('reactLine') ?? '19.')).toBe(true);
  });

  it('renderStaticSvg gives a well-formed picture of every event, its stylesheet in its one <style>', () => {
    const svg = renderStaticSvg(escalation2023, { size: 'social' });
    const document = parseXml(svg);
    expect(document.documentElement.getAttribute('width')).toBe('1200');
    expect(document.getElementsByTagName('style')).toHaveLength(1);
    expect(styleText(document)).toContain(".fp-static [data-category='attack']");
    const drawn = drawnEventIds(document);
    for (const { id } of escalation2023.events) expect(drawn).toContain(id);
    expect(svg).not.toMatch(/\sstyle="/);
  });

  it('renderStaticHtml lists every event', () => {
    const document = parseHtml(renderStaticHtml(escalation2023, { locale: 'fa' }));
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.querySelectorAll('ol[data-fp="event-list"] > li[data-event-id]')).toHaveLength(
      escalation2023.events.length,
    );
  });
});
