import { measureContrast, type ContrastResult, type ThemeColorName } from '../../src/theme/contrastChecks';
import { themes, type BuiltInThemeName } from '../../src/theme/presets/index';
import { categoryColorName, tokenName } from '../../src/theme/tokenNames';
import type { ColorToken } from '../../src/theme/themeTypes';
import { PRESET_DESCRIPTIONS } from './presetDescriptions';

const PRESETS = Object.keys(themes) as BuiltInThemeName[];
const MEASURED = PRESETS.map((name) => ({ name, results: measureContrast(themes[name]) }));

const ratio = (value: number) => `${value.toFixed(2)}:1`;

/** The custom property a colour name stands for: `--fp-color-text-muted`, `--fp-color-category-attack`. */
export function colorProperty(name: ThemeColorName): string {
  return name.startsWith('category:')
    ? categoryColorName(name.slice('category:'.length))
    : tokenName(name as ColorToken);
}

const pairKey = (result: ContrastResult) => `${result.foreground}/${result.background}`;
const pair = (result: ContrastResult) =>
  `${colorProperty(result.foreground).replace('--fp-color-', '')} on ${colorProperty(result.background).replace('--fp-color-', '')}`;

/** The pair with the lowest ratio among those that need `minimum`. */
function lowest(results: ContrastResult[], minimum: 4.5 | 3): ContrastResult {
  return results
    .filter((result) => result.minimum === minimum)
    .reduce((low, result) => (result.ratio < low.ratio ? result : low));
}

function Ratio({ result }: { result: ContrastResult }) {
  const fails = result.ratio < result.minimum;
  return (
    <>
      <strong>{ratio(result.ratio)}</strong>
      {fails ? ' (below the minimum)' : ''}
    </>
  );
}

/**
 * The lowest contrast of every preset, computed when the page renders from the presets (src/theme/presets) with
 * the checks the unit tests run (src/theme/contrastChecks.ts), so the numbers cannot go stale.
 */
export function ContrastSummary() {
  return (
    <table className="fp-docs-table">
      <caption>
        Lowest contrast ratio in each preset (WCAG 2.2 relative luminance); <code>auto</code> is the light and dark
        presets
      </caption>
      <thead>
        <tr>
          <th scope="col">preset</th>
          <th scope="col">text (needs 4.50:1)</th>
          <th scope="col">marks, boundaries, focus (needs 3.00:1)</th>
          <th scope="col">pairs that pass</th>
        </tr>
      </thead>
      <tbody>
        {MEASURED.map(({ name, results }) => {
          const text = lowest(results, 4.5);
          const mark = lowest(results, 3);
          return (
            <tr key={name}>
              <th scope="row">
                {PRESET_DESCRIPTIONS[name].title} (<code>{name}</code>)
              </th>
              <td>
                <Ratio result={text} /> <code>{pair(text)}</code>
              </td>
              <td>
                <Ratio result={mark} /> <code>{pair(mark)}</code>
              </td>
              <td>
                {results.filter((result) => result.ratio >= result.minimum).length} of {results.length}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every checked pair, with its ratio in every preset. */
export function ContrastDetails() {
  const rows = MEASURED[0]!.results;
  const byPair = MEASURED.map(({ name, results }) => ({
    name,
    results: new Map(results.map((result) => [pairKey(result), result])),
  }));
  return (
    <table className="fp-docs-table">
      <caption>Every pair the stylesheet draws one colour on another, with its ratio in each preset</caption>
      <thead>
        <tr>
          <th scope="col">foreground</th>
          <th scope="col">background</th>
          <th scope="col">needs</th>
          {PRESETS.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={pairKey(row)}>
            <th scope="row">
              <code>{colorProperty(row.foreground)}</code>
            </th>
            <td>
              <code>{colorProperty(row.background)}</code>
            </td>
            <td>{ratio(row.minimum)}</td>
            {byPair.map(({ name, results }) => {
              const result = results.get(pairKey(row));
              return <td key={name}>{result ? <Ratio result={result} /> : '–'}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
