import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { act } from 'react';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';
import { THEME_NAMES, presetTheme, type ThemeName } from '../../src/theme/presets/index';
import type { Theme } from '../../src/theme/themeTypes';
import * as galleryStories from '../../stories/ThemeGallery.stories';
import '../../src/theme/styles.css';
import { mountInBrowser, unmountAll } from './mountInBrowser';
import { computedColor } from './computedColor';

// The theme gallery story as a reader of the Storybook sees it (composed with the preview, so through the
// toolbar decorator), at 1280 px: every preset card painted in its own theme, then a screenshot to look at.

setProjectAnnotations(preview);
const { AllPresets } = composeStories(galleryStories);

const WIDTH = 1280;
/**
 * Playwright's page is 1280 × 720 and Vitest scales the test iframe down to fit it; a screenshot shows only
 * what is inside those 720 px (below, it is blank). So the iframe stays 1280 × 720, at scale 1, and the gallery
 * is photographed a window at a time and the windows stitched together.
 */
const WINDOW = { width: WIDTH, height: 720 };
const SCREENSHOT = 'test/browser/__screenshots__/theme-gallery.png';

/** The colours a preset paints with when the reader's system is light (auto is then its light theme). */
function lightSchemeTheme(name: ThemeName): Theme {
  const preset = presetTheme(name);
  return 'light' in preset ? preset.light : preset;
}

const settle = (ms = 150) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

function cardOf(host: HTMLElement, name: ThemeName): HTMLElement {
  const card = host.querySelector<HTMLElement>(`[data-preset="${name}"]`);
  if (!card) throw new Error(`no card for the ${name} preset`);
  return card;
}

const timelineOf = (card: HTMLElement) => card.querySelector<HTMLElement>('[data-fp="timeline"]')!;

function colours(element: Element) {
  const style = getComputedStyle(element);
  return { background: style.backgroundColor, text: style.color };
}

async function mountGallery(): Promise<HTMLElement> {
  await page.viewport(WINDOW.width, WINDOW.height);
  // No page margin: the story gets the whole 1280 px, as in the Storybook canvas.
  document.body.style.margin = '0';
  await AllPresets.load();
  const host = await mountInBrowser(<AllPresets />, { width: WIDTH });
  // Each Timeline measures its card before it draws the horizontal layout; wait until all have.
  await expect
    .poll(() => [...host.querySelectorAll('[data-fp="timeline"]')].map((root) => root.getAttribute('data-layout')))
    .toEqual(THEME_NAMES.map(() => 'horizontal'));
  await expect.poll(() => host.querySelectorAll('[data-fp="timeline"] .fp-mark').length).toBeGreaterThan(0);
  await settle();
  return host;
}

beforeAll(async () => {
  // No transitions: colours are read at rest and the screenshot shows the finished state.
  await commands.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
});

afterAll(async () => {
  await commands.emulateMedia({ reducedMotion: null, colorScheme: null });
});

afterEach(() => {
  unmountAll();
  document.body.style.margin = '';
});

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function bitmap(base64: string): Promise<ImageBitmap> {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  return createImageBitmap(new Blob([bytes], { type: 'image/png' }));
}

/**
 * A screenshot of all of `host`, however tall: it is pinned in the window, its content slid up a window's height
 * at a time (a transform: the layout does not change), each window photographed with `page.screenshot` and the
 * pieces drawn one under another on a canvas, written to `path` (from the project root).
 */
async function screenshotWhole(host: HTMLElement, path: string): Promise<{ width: number; height: number }> {
  const content = host.firstElementChild as HTMLElement;
  const height = Math.ceil(content.getBoundingClientRect().height);
  Object.assign(host.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', overflow: 'hidden' });
  host.style.height = `${WINDOW.height}px`;
  const pieces: { image: ImageBitmap; offset: number }[] = [];
  try {
    for (let offset = 0; offset < height; offset += WINDOW.height) {
      content.style.transform = `translateY(${-offset}px)`;
      await frame();
      // Not saved: with save false, Vitest returns the PNG as base64.
      const base64 = await page.screenshot({ element: host, save: false });
      pieces.push({ image: await bitmap(base64), offset });
    }
  } finally {
    content.style.transform = '';
    host.removeAttribute('style');
    host.style.width = `${WIDTH}px`;
  }
  // Device pixels per CSS pixel of the screenshots (1 unless Vitest had to scale the iframe).
  const scale = pieces[0]!.image.width / WIDTH;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(WIDTH * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  for (const { image, offset } of pieces) context.drawImage(image, 0, Math.round(offset * scale));
  await commands.writeFile(path, canvas.toDataURL('image/png').split(',')[1]!, 'base64');
  return { width: canvas.width, height: canvas.height };
}

describe('Theme gallery at 1280 px', () => {
  it('paints every preset card, and the Timeline in it, in that preset (then a screenshot)', async () => {
    const host = await mountGallery();

    const seen = new Map<string, ThemeName[]>();
    for (const name of THEME_NAMES) {
      const theme = lightSchemeTheme(name);
      const card = cardOf(host, name);
      const timeline = timelineOf(card);
      const expected = { background: computedColor(theme.colors.background), text: computedColor(theme.colors.text) };
      expect(timeline.getAttribute('data-fp-theme'), name).toBe(name);
      expect(colours(card), `${name} card`).toEqual(expected);
      expect(colours(timeline), `${name} timeline`).toEqual(expected);
      const attack = timeline.querySelector('.fp-mark[data-category="attack"] .fp-mark__symbol')!;
      expect(getComputedStyle(attack).fill, `${name} attack mark`).toBe(computedColor(theme.colors.categoryAttack));
      const pair = `${expected.background} / ${expected.text}`;
      seen.set(pair, [...(seen.get(pair) ?? []), name]);
    }
    // Presets with different colours never look alike: only auto (light on a light system) shares light's pair.
    expect([...seen.values()].filter((names) => names.length > 1)).toEqual([['light', 'auto']]);
    expect(seen.size).toBe(THEME_NAMES.length - 1);

    // Not only colours: the broadsheet's serif and square corners, the wire's system sans.
    expect(getComputedStyle(timelineOf(cardOf(host, 'broadsheet'))).fontFamily).toMatch(/Georgia/);
    expect(getComputedStyle(timelineOf(cardOf(host, 'wire'))).fontFamily).toMatch(/system-ui/);
    expect(getComputedStyle(timelineOf(cardOf(host, 'light'))).fontFamily).not.toMatch(/Georgia|system-ui/);

    // Two cards to a row.
    const tops = THEME_NAMES.map((name) => Math.round(cardOf(host, name).getBoundingClientRect().top));
    expect(tops[0]).toBe(tops[1]);
    expect(tops[2]).toBeGreaterThan(tops[1]!);
    expect(host.scrollWidth).toBeLessThanOrEqual(WIDTH + 1);

    const shot = await screenshotWhole(host, SCREENSHOT);
    expect(shot.width, 'the screenshot is at full size').toBe(WIDTH);
    expect(shot.height).toBeGreaterThan(WINDOW.height * 2);
  });

  it('switches the auto card, and only it, to dark when the reader asks for dark', async () => {
    const host = await mountGallery();
    const before = new Map(THEME_NAMES.map((name) => [name, colours(timelineOf(cardOf(host, name)))]));
    await commands.emulateMedia({ colorScheme: 'dark' });
    try {
      const dark = lightSchemeTheme('dark');
      await expect
        .poll(() => colours(timelineOf(cardOf(host, 'auto'))))
        .toEqual({ background: computedColor(dark.colors.background), text: computedColor(dark.colors.text) });
      for (const name of THEME_NAMES.filter((other) => other !== 'auto')) {
        expect(colours(timelineOf(cardOf(host, name))), name).toEqual(before.get(name));
      }
    } finally {
      await commands.emulateMedia({ colorScheme: 'light' });
    }
  });
});
