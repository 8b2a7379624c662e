import { useId, type CSSProperties, type ReactNode } from 'react';
import { themes, type BuiltInThemeName } from '../../src/theme/presets/index';
import { PRESET_DESCRIPTIONS } from './presetDescriptions';
import { BUILDER_COLORS, settingsFromBase, type BuilderColor, type BuilderSettings } from './themeBuilderSettings';

const BASES = Object.keys(themes) as BuiltInThemeName[];

const COLOR_WORDS: Record<BuilderColor, string> = {
  text: 'Text',
  textMuted: 'Secondary text',
  background: 'Background',
  surface: 'Cards and bands',
  border: 'Borders of controls',
  link: 'Links',
  focus: 'Focus ring',
  categoryAttack: 'Attack',
  categoryStrike: 'Strike',
  categoryDiplomacy: 'Diplomacy',
  categoryStatement: 'Statement',
  categoryContext: 'Context',
};

const FIELDSET: CSSProperties = { margin: '0 0 1rem', padding: '0.5rem 0.75rem 0.75rem', border: '1px solid' };
const ROW: CSSProperties = { display: 'flex', alignItems: 'center', gap: '0.5rem', margin: '0.375rem 0' };
const COLOR_GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
  columnGap: '0.75rem',
};
// Colour swatches and number fields big enough to hit (WCAG 2.5.8).
const INPUT: CSSProperties = { minBlockSize: 28, minInlineSize: 28 };

const STACKED: CSSProperties = { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '0.25rem' };

/**
 * One labelled control: `children` gets the id its input must carry. Swatches sit before their words (a
 * column of colours reads down); fields sit under theirs.
 */
function Field({
  label,
  hint,
  swatch = false,
  children,
}: {
  label: ReactNode;
  hint?: string;
  swatch?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  const words = (
    <label htmlFor={id}>
      {label}
      {hint && <small style={{ display: 'block' }}>{hint}</small>}
    </label>
  );
  return (
    <div style={swatch ? ROW : { ...ROW, ...STACKED }}>
      {swatch ? (
        <>
          {children(id)}
          {words}
        </>
      ) : (
        <>
          {words}
          {children(id)}
        </>
      )}
    </div>
  );
}

/** A number from a field, or the old one while the field is half typed (empty, "1."). */
function numberFrom(text: string, previous: number): number {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? value : previous;
}

export interface ThemeBuilderControlsProps {
  settings: BuilderSettings;
  onChange: (settings: BuilderSettings) => void;
}

/** Every control of the theme builder, each labelled; changing the base preset starts again from it. */
export function ThemeBuilderControls({ settings, onChange }: ThemeBuilderControlsProps) {
  const set = <K extends keyof BuilderSettings>(key: K, value: BuilderSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const setColor = (key: BuilderColor, value: string) => set('colors', { ...settings.colors, [key]: value });
  return (
    <form onSubmit={(event) => event.preventDefault()} aria-label="Theme settings">
      <fieldset style={FIELDSET}>
        <legend>Start from</legend>
        <Field label="Base preset" hint="Changing it resets every control to that preset.">
          {(id) => (
            <select
              id={id}
              value={settings.base}
              onChange={(event) => onChange(settingsFromBase(event.target.value as BuiltInThemeName, settings.name))}
              style={INPUT}
            >
              {BASES.map((base) => (
                <option key={base} value={base}>
                  {PRESET_DESCRIPTIONS[base].title} ({base})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Theme name" hint="The data-fp-theme value: letters, digits, - and _.">
          {(id) => (
            <input
              id={id}
              type="text"
              value={settings.name}
              onChange={(event) => set('name', event.target.value)}
              spellCheck={false}
              size={14}
              style={INPUT}
            />
          )}
        </Field>
      </fieldset>

      <fieldset style={FIELDSET}>
        <legend>Colours</legend>
        <div style={COLOR_GRID}>
          {BUILDER_COLORS.map((key) => (
            <Field key={key} label={`${COLOR_WORDS[key]} (${key})`} swatch>
              {(id) => (
                <input
                  id={id}
                  type="color"
                  value={settings.colors[key]}
                  onChange={(event) => setColor(key, event.target.value)}
                  style={INPUT}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset style={FIELDSET}>
        <legend>Type</legend>
        <Field label="Font family" hint="inherit: the page's own font (Flashpoint loads none).">
          {(id) => (
            <input
              id={id}
              type="text"
              value={settings.fontFamily}
              onChange={(event) => set('fontFamily', event.target.value)}
              spellCheck={false}
              size={18}
              style={INPUT}
            />
          )}
        </Field>
        <Field label="Heading family">
          {(id) => (
            <input
              id={id}
              type="text"
              value={settings.headingFamily}
              onChange={(event) => set('headingFamily', event.target.value)}
              spellCheck={false}
              size={18}
              style={INPUT}
            />
          )}
        </Field>
        <Field label="Line height">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              max={2.4}
              step={0.05}
              value={settings.lineHeight}
              onChange={(event) => set('lineHeight', numberFrom(event.target.value, settings.lineHeight))}
              style={{ ...INPUT, inlineSize: '5rem' }}
            />
          )}
        </Field>
      </fieldset>

      <fieldset style={FIELDSET}>
        <legend>Space, corners, lines, motion</legend>
        <Field label={`Spacing × ${settings.spaceScale.toFixed(2)}`} hint="Scales every spacing step of the base.">
          {(id) => (
            <input
              id={id}
              type="range"
              min={0.5}
              max={2}
              step={0.05}
              value={settings.spaceScale}
              onChange={(event) => set('spaceScale', Number(event.target.value))}
              style={INPUT}
            />
          )}
        </Field>
        <Field label={`Corner radius ${settings.radius} px`} hint="Buttons and cards; small and large corners follow.">
          {(id) => (
            <input
              id={id}
              type="range"
              min={0}
              max={24}
              step={1}
              value={settings.radius}
              onChange={(event) => set('radius', Number(event.target.value))}
              style={INPUT}
            />
          )}
        </Field>
        <Field label="Focus ring width (px)" hint="At least 2 px (WCAG 2.4.13).">
          {(id) => (
            <input
              id={id}
              type="number"
              min={2}
              max={8}
              step={1}
              value={settings.focusStroke}
              onChange={(event) =>
                set('focusStroke', Math.max(2, numberFrom(event.target.value, settings.focusStroke)))
              }
              style={{ ...INPUT, inlineSize: '5rem' }}
            />
          )}
        </Field>
        <Field label="Motion duration (ms)" hint="Readers who ask for reduced motion get none, whatever this says.">
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              max={1000}
              step={10}
              value={settings.motionMs}
              onChange={(event) => set('motionMs', Math.max(0, numberFrom(event.target.value, settings.motionMs)))}
              style={{ ...INPUT, inlineSize: '5rem' }}
            />
          )}
        </Field>
      </fieldset>
    </form>
  );
}
