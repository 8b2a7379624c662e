import { describe, expect, it } from 'vitest';
import { readFrameSettings } from '../../../src/embed/frame/frameSettings';
import { readColorScheme } from '../../../src/embed/frame/colorScheme';
import { eventIdFromParentUrl } from '../../../src/embed/frame/parentUrlDeepLink';

describe('readFrameSettings', () => {
  it('reads the embed options with their one spelling, and what only a frame has', () => {
    const settings = readFrameSettings(
      '?src=https%3A%2F%2Fdata.example%2Fe.json&locale=fr-FR&time-zone=Asia%2FBaghdad&show-map=false&childId=g-1',
    );
    expect(settings.options).toEqual({
      src: 'https://data.example/e.json',
      locale: 'fr-FR',
      timeZone: 'Asia/Baghdad',
      showMap: false,
    });
    expect(settings.pymChildId).toBe('g-1');
    expect(settings.transparent).toBe(true);
    expect(settings.colorScheme).toBeNull();
  });

  it('takes the preset from color-scheme when no theme is given; an explicit theme wins', () => {
    expect(readFrameSettings('?color-scheme=dark').options.theme).toBe('dark');
    expect(readFrameSettings('?color-scheme=auto').options.theme).toBe('auto');
    expect(readFrameSettings('?color-scheme=dark&theme=broadsheet').options.theme).toBe('broadsheet');
    expect(readFrameSettings('?color-scheme=sepia').options.theme).toBeUndefined();
  });

  it('is opaque only when asked', () => {
    expect(readFrameSettings('?transparent=false').transparent).toBe(false);
    expect(readFrameSettings('?transparent=0').transparent).toBe(false);
    expect(readFrameSettings('?transparent').transparent).toBe(true);
    expect(readFrameSettings('?transparent=true').transparent).toBe(true);
  });

  it('selects the event in the host’s URL, over selected-id', () => {
    const parentUrl = encodeURIComponent('https://news.example/story?x=1#event=tower-22-drone-attack');
    expect(readFrameSettings(`?parentUrl=${parentUrl}&selected-id=other`).options.selectedId).toBe(
      'tower-22-drone-attack',
    );
    expect(readFrameSettings('?parentUrl=https%3A%2F%2Fnews.example%2F&selected-id=other').options.selectedId).toBe(
      'other',
    );
  });
});

describe('readColorScheme', () => {
  it('knows light, dark and auto ("light dark" is auto)', () => {
    expect(readColorScheme('dark')).toBe('dark');
    expect(readColorScheme(' Light ')).toBe('light');
    expect(readColorScheme('light dark')).toBe('auto');
    expect(readColorScheme('normal')).toBeNull();
    expect(readColorScheme(null)).toBeNull();
  });
});

describe('eventIdFromParentUrl', () => {
  it('reads #event=<id> from the host page’s URL', () => {
    expect(eventIdFromParentUrl('https://news.example/a#event=us-strikes-85-targets-iraq-syria')).toBe(
      'us-strikes-85-targets-iraq-syria',
    );
    expect(eventIdFromParentUrl('https://news.example/a#lang=ar&event=a%3Ab')).toBe('a:b');
    expect(eventIdFromParentUrl('https://news.example/a#top')).toBeNull();
    expect(eventIdFromParentUrl('https://news.example/a')).toBeNull();
    expect(eventIdFromParentUrl(null)).toBeNull();
  });
});
