import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page } from 'vitest/browser';
import { act } from 'react';
import axe from 'axe-core';
import { composeStories, setProjectAnnotations, type composeStory } from '@storybook/react-vite';
import type { Meta } from '@storybook/react-vite';
import preview from '../../.storybook/preview';
import { INITIAL_GLOBALS, type FlashpointGlobals } from '../../.storybook/globalTypes';
import { mountInBrowser, unmountAll } from './mountInBrowser';

// Every story of every stories file, under each built-in theme and in right-to-left Arabic, checked by axe
// against the WCAG 2.0–2.2 A/AA rules. Stories are composed with the Storybook preview, so the variants go
// through the same toolbar decorator (withLocaleGlobals) a reader of the Storybook uses. Light repeats what
// the Storybook project checks, with the same rules as the other variants: the baseline a failure is read against.

setProjectAnnotations(preview);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Variant {
  name: string;
  globals: Partial<FlashpointGlobals>;
  /** Run the story's play function first (tooltips open, facets unfolded…); its checks assume English words. */
  play: boolean;
}

/** The variant the Storybook project also checks (with @storybook/addon-a11y): light, left to right. */
const DEFAULT_VARIANT = 'light';
const VARIANTS: Variant[] = [
  { name: 'light', globals: { theme: 'light' }, play: true },
  { name: 'dark', globals: { theme: 'dark' }, play: true },
  { name: 'highContrast', globals: { theme: 'highContrast' }, play: true },
  { name: 'rtl (ar)', globals: { locale: 'ar', dir: 'rtl' }, play: false },
];

type StoriesModule = Record<string, unknown> & { default: Meta };
type ComposedStory = ReturnType<typeof composeStory>;
const files = import.meta.glob<StoriesModule>('../../stories/*.stories.tsx', { eager: true });

/**
 * A story's opt-out: `parameters.axeMatrix.defaultOnly` keeps a story to the light variant, for stories about
 * scale whose markup a smaller story already checks in every variant (axe over 1,000 list items takes ~15 s).
 */
interface AxeMatrixParameters {
  defaultOnly?: boolean;
}

/** The story's own a11y parameters (as @storybook/addon-a11y reads them). */
interface A11yParameters {
  disable?: boolean;
  test?: 'off' | 'todo' | 'error';
  context?: string | axe.ContextObject;
  options?: axe.RunOptions;
  config?: axe.Spec;
}

/** What axe checks: the story's `context` if it names one (within this story's canvas), else the whole canvas. */
function contextFor(canvas: HTMLElement, context: A11yParameters['context']): axe.ElementContext {
  if (typeof context === 'string') return { include: [...canvas.querySelectorAll(context)] };
  return context ?? canvas;
}

/** What axe found wrong with one element, e.g. its contrast ratio and colours. */
function whyItFails(node: axe.NodeResult): string {
  const check = [...node.any, ...node.all, ...node.none].find((result) => result.message);
  return `${node.target.join(' ')}${check ? ` (${check.message})` : ''}`;
}

/** One line per violation: rule, impact and the elements it found, with why. */
function describeViolations(violations: axe.Result[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map(whyItFails).join(' | ')}`);
}

/** Runs a play function as Storybook does: its events are a user's, outside React's act(). */
async function playOutsideAct(play: () => Promise<void>): Promise<void> {
  const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  flags.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await play();
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = true;
  }
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

beforeAll(async () => {
  // The viewport the Storybook test runner uses; no transitions, so colours are measured at rest.
  await page.viewport(1200, 900);
  await commands.emulateMedia({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await commands.emulateMedia({ reducedMotion: null });
});

afterEach(() => {
  unmountAll();
  axe.reset();
  history.replaceState(null, '', location.pathname + location.search);
});

for (const [path, module] of Object.entries(files)) {
  const file = path.replace(/^.*\//, '');
  describe(file, () => {
    for (const variant of VARIANTS) {
      const stories = composeStories(module, { initialGlobals: { ...INITIAL_GLOBALS, ...variant.globals } });
      for (const [exportName, Story] of Object.entries(stories) as [string, ComposedStory][]) {
        const a11y: A11yParameters = Story.parameters.a11y ?? {};
        const matrix: AxeMatrixParameters = Story.parameters.axeMatrix ?? {};
        const skipped =
          a11y.disable === true ||
          a11y.test === 'off' ||
          !Story.tags.includes('test') ||
          (matrix.defaultOnly === true && variant.name !== DEFAULT_VARIANT);
        it.skipIf(skipped)(`${Story.storyName ?? exportName} · ${variant.name}`, { timeout: 120_000 }, async () => {
          await Story.load();
          const canvas = await mountInBrowser(<Story />);
          await settle();
          const play = Story.play;
          if (variant.play && play) {
            await playOutsideAct(() => play({ canvasElement: canvas }));
            await settle();
          }
          if (a11y.config) axe.configure(a11y.config);
          const results = await axe.run(contextFor(canvas, a11y.context), {
            runOnly: { type: 'tag', values: WCAG_TAGS },
            resultTypes: ['violations'],
            ...a11y.options,
          });
          const found = describeViolations(results.violations);
          if (a11y.test === 'todo') {
            if (found.length) console.warn(`${file} ${exportName} ${variant.name} (a11y todo):\n${found.join('\n')}`);
            return;
          }
          expect(found, `axe violations in ${file} › ${exportName} · ${variant.name}`).toEqual([]);
        });
      }
    }
  });
}
