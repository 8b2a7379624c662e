import type { BuiltInThemeName } from '../../src/theme/presets/index';
import type { ThemeOverrides } from '../../src/theme/themeTypes';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$|^\d+$/;

/** A string as a single-quoted TypeScript literal (the project's Prettier style). */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function key(name: string): string {
  return IDENTIFIER.test(name) ? name : quote(name);
}

/** An object literal: on one line if it fits in the width left, else one property per line. */
function literal(value: unknown, indent: string, width: number): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'object' || value === null) return 'undefined';
  const entries = Object.entries(value).filter(([, inner]) => inner !== undefined);
  if (!entries.length) return '{}';
  const inner = `${indent}  `;
  const parts = entries.map(([name, inner_]) => `${key(name)}: ${literal(inner_, inner, width - 2)}`);
  const oneLine = `{ ${parts.join(', ')} }`;
  if (oneLine.length <= width && !oneLine.includes('\n')) return oneLine;
  return `{\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}}`;
}

/** A JavaScript name for the theme's constant: `newsroom-dark` → `newsroomDark`. */
export function constantName(themeName: string): string {
  const camel = themeName.replace(/[-_]+([A-Za-z0-9])/g, (_, next: string) => next.toUpperCase());
  return IDENTIFIER.test(camel) && !/^\d/.test(camel) ? camel : 'theme';
}

/**
 * The theme as code to paste into a project: `createTheme({ …what changed… }, themes.<base>)`, formatted as
 * Prettier would (printWidth 120, single quotes, trailing commas).
 */
export function themeCode(overrides: ThemeOverrides, base: BuiltInThemeName): string {
  const name = constantName(overrides.name ?? 'theme');
  return [
    "import { createTheme, themes } from 'flashpoint';",
    '',
    `export const ${name} = createTheme(`,
    `  ${literal(overrides, '  ', 116)},`,
    `  themes.${base},`,
    ');',
    '',
  ].join('\n');
}
