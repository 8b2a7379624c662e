import { useDeferredValue, useMemo, useState, type CSSProperties } from 'react';
import { escalation2023 } from '../../src/datasets/index';
import { Timeline } from '../../src/react/index';
import { createThemeWithProblems } from '../../src/theme/createTheme';
import { themes } from '../../src/theme/presets/index';
import { themeToCss } from '../../src/theme/themeToCss';
import { CodeBlock } from './CodeBlock';
import { ThemeBuilderControls } from './ThemeBuilderControls';
import { ThemeReport } from './ThemeReport';
import { overridesFrom, settingsFromBase, type BuilderSettings } from './themeBuilderSettings';
import { themeCode } from './themeCode';

const PREVIEW_DATASET = { ...escalation2023, title: `${escalation2023.title} (theme builder preview)` };

// Controls beside the preview on a wide page, above it on a narrow one.
const COLUMNS: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '1.5rem', alignItems: 'flex-start' };
const SECTION_HEADING: CSSProperties = { marginBlock: '1rem 0.5rem' };

/** The built theme, what createTheme left out, and the two ways to take it away (code and CSS). */
function useBuiltTheme(settings: BuilderSettings) {
  return useMemo(() => {
    const overrides = overridesFrom(settings);
    const { theme, problems } = createThemeWithProblems(overrides, themes[settings.base]);
    return {
      theme,
      problems,
      code: themeCode(overrides, settings.base),
      css: themeToCss(theme, { name: theme.name }),
    };
  }, [settings]);
}

/**
 * A theme builder for editors: pick a base preset, move the colours, type, spacing, corners, focus ring and
 * motion, and watch the escalation timeline follow. Below it, what fails WCAG AA contrast or colour-vision
 * checks, then the theme as `createTheme` code and as CSS (`themeToCss`) to copy.
 */
export function ThemeBuilder() {
  const [settings, setSettings] = useState(() => settingsFromBase('light'));
  // Dragging a colour changes it many times a second: the preview and report follow when React has time.
  const shown = useDeferredValue(settings);
  const { theme, problems, code, css } = useBuiltTheme(shown);
  return (
    <div data-testid="theme-builder">
      <div style={COLUMNS}>
        <div style={{ flex: '1 1 20rem', minInlineSize: 0 }}>
          <h2 style={SECTION_HEADING}>Settings</h2>
          <ThemeBuilderControls settings={settings} onChange={setSettings} />
          <button type="button" onClick={() => setSettings(settingsFromBase(settings.base, settings.name))}>
            Reset to {settings.base}
          </button>
        </div>
        <div style={{ flex: '3 1 36rem', minInlineSize: 0 }}>
          <h2 style={SECTION_HEADING}>Preview</h2>
          <Timeline
            dataset={PREVIEW_DATASET}
            theme={theme}
            locale="en-GB"
            headingLevel={3}
            showCredits={false}
            initialWidth={600}
          />
        </div>
      </div>
      <h2 style={SECTION_HEADING}>Checks</h2>
      <ThemeReport theme={theme} problems={problems} />
      <h2 style={SECTION_HEADING}>Take it away</h2>
      <CodeBlock title="TypeScript" language="ts" code={code} />
      <CodeBlock title="CSS" language="css" code={css} folded />
    </div>
  );
}
