import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** DESIGN.md: imports flow one way. A layer may import its own and earlier layers only. */
const LAYER_ORDER: Record<string, number> = {
  schema: 0,
  io: 1,
  datasets: 1,
  layout: 2,
  state: 3,
  i18n: 4,
  theme: 4,
  react: 5,
  static: 6,
  embed: 6,
  cli: 6,
  // src/index.ts is the `flashpoint` entry: pure, like the layers it re-exports.
  index: 4,
};
const PURE_LAYERS = new Set(['schema', 'io', 'datasets', 'layout', 'state', 'i18n', 'index']);
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'ResizeObserver',
  'HTMLElement',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function layerOf(path: string): string {
  const [first] = relative(SRC, path).split(/[\\/]/);
  return first!.replace(/\.tsx?$/, '');
}

/** The code without comments and string contents, so a word in a comment is not an import. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

const files = sourceFiles(SRC).filter((path) => layerOf(path) in LAYER_ORDER);

describe('import direction (DESIGN.md: schema → io/datasets → layout → state → i18n/theme → react → static/embed/cli)', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((path) => [relative(SRC, path), path]))(
    '%s imports only its own or earlier layers',
    (_name, path) => {
      const layer = layerOf(path);
      const text = readFileSync(path, 'utf8');
      for (const specifier of importsOf(text)) {
        if (specifier.startsWith('.')) {
          const target = layerOf(resolve(dirname(path), specifier));
          if (!(target in LAYER_ORDER)) continue;
          expect(LAYER_ORDER[target], `${layer} imports ${specifier} (layer ${target})`).toBeLessThanOrEqual(
            LAYER_ORDER[layer]!,
          );
        } else if (PURE_LAYERS.has(layer)) {
          expect(specifier, `${layer} is pure and must not import React`).not.toMatch(/^react(-dom)?(\/|$)/);
        }
      }
      if (PURE_LAYERS.has(layer)) {
        const code = codeOnly(text);
        for (const name of DOM_GLOBALS) {
          expect(new RegExp(`(?<![.\\w])${name}\\b`).test(code), `${layer} is pure and must not use ${name}`).toBe(
            false,
          );
        }
      }
    },
  );

  it('catches a forbidden import (the check itself works)', () => {
    expect(importsOf("import { useState } from 'react';\nexport { x } from '../react/x';")).toEqual([
      'react',
      '../react/x',
    ]);
    expect(/(?<![.\w])document\b/.test(codeOnly('const el = document.body; // window'))).toBe(true);
    expect(/(?<![.\w])window\b/.test(codeOnly("const s = 'window'; // window"))).toBe(false);
  });
});
