import type { Decorator } from '@storybook/react-vite';
import * as flashpoint from '../src/react/index';
import type { FlashpointGlobals } from './globalTypes';
import { localeProps, timeProps, wrapperAttributes } from './propsFromGlobals';

// By name, so a component that is not exported yet (or any more) is simply skipped.
const LOCALE_COMPONENTS = [
  'Timeline',
  'VerticalTimeline',
  'EventList',
  'EventDetail',
  'FilterBar',
  'IntensityChart',
  'Legend',
  'MapInset',
  'Credits',
  'DatasetIssues',
];
const DATE_COMPONENTS = ['Timeline', 'VerticalTimeline', 'EventList', 'EventDetail', 'IntensityChart'];

const exported = flashpoint as Record<string, unknown>;
const componentsNamed = (names: string[]) => new Set(names.map((name) => exported[name]).filter(Boolean));
const takesLocale = componentsNamed(LOCALE_COMPONENTS);
const takesTime = componentsNamed(DATE_COMPONENTS);

/**
 * Applies the toolbar to every story: the theme as `data-fp-theme` on a wrapper that also paints the theme's
 * background (it is a `.fp-root`, so the theme's tokens apply to it and to any host markup in the story), and
 * the language, digits, calendar, direction and clock as args of the story's component, merged over its own.
 */
export const withLocaleGlobals: Decorator = (Story, context) => {
  const globals = context.globals as Partial<FlashpointGlobals>;
  const extra = {
    ...(takesLocale.has(context.component) ? localeProps(globals) : {}),
    ...(takesTime.has(context.component) ? timeProps(globals) : {}),
  };
  return (
    <div
      {...wrapperAttributes(globals)}
      className="fp-root"
      // Storybook's own padding would stay white around a dark theme: the wrapper pads and fills the canvas itself.
      style={{
        padding: '1rem',
        minBlockSize: context.viewMode === 'story' ? '100vh' : undefined,
        boxSizing: 'border-box',
      }}
    >
      {Object.keys(extra).length > 0 ? <Story args={{ ...context.args, ...extra }} /> : <Story />}
    </div>
  );
};
