import { COLOR_VISIONS } from '../../src/theme/colorVision';
import {
  DISTINCT_PALETTES,
  MIN_DELTA_E,
  measureDistinctness,
  type DistinctPalette,
} from '../../src/theme/colorVisionChecks';
import { themes, tokenName, type BuiltInThemeName } from '../../src/theme/tokens';

const THEME_NAMES = Object.keys(themes) as BuiltInThemeName[];
const MEASURED = THEME_NAMES.map((name) => ({ name, results: measureDistinctness(themes[name]) }));
const PALETTES = Object.keys(DISTINCT_PALETTES) as DistinctPalette[];

/**
 * The smallest CIEDE2000 difference between two colours of each palette, per theme and vision, computed when the
 * page renders from src/theme/tokens.ts with the checks test/theme/colorVision.test.ts runs.
 */
export function ColorVisionSummary() {
  return (
    <table className="fp-docs-table">
      <caption>
        Smallest colour difference (ΔE2000) between two colours of a palette, as seen with each kind of colour vision
        (needs ≥ {MIN_DELTA_E})
      </caption>
      <thead>
        <tr>
          <th scope="col">palette</th>
          <th scope="col">vision</th>
          {THEME_NAMES.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {PALETTES.flatMap((palette) =>
          COLOR_VISIONS.map((vision) => (
            <tr key={`${palette}/${vision}`}>
              <th scope="row">{palette}</th>
              <td>{vision}</td>
              {MEASURED.map(({ name, results }) => {
                const result = results.find((r) => r.palette === palette && r.vision === vision)!;
                return (
                  <td key={name}>
                    <strong>{result.minimum.toFixed(1)}</strong>{' '}
                    <code>{result.pair.map((token) => tokenName(token).replace('--fp-color-', '')).join(' / ')}</code>
                  </td>
                );
              })}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
