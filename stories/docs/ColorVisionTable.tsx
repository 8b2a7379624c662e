import { COLOR_VISIONS } from '../../src/theme/colorVision';
import {
  DISTINCT_PALETTES,
  MIN_DELTA_E,
  measureDistinctness,
  type DistinctPalette,
  type DistinctnessResult,
} from '../../src/theme/colorVisionChecks';
import { themes, type BuiltInThemeName } from '../../src/theme/presets/index';
import { colorProperty } from './ContrastTable';
import { PRESET_DESCRIPTIONS } from './presetDescriptions';

const PRESETS = Object.keys(themes) as BuiltInThemeName[];
const MEASURED = PRESETS.map((name) => ({ name, results: measureDistinctness(themes[name]) }));
const PALETTES: DistinctPalette[] = ['category', ...(Object.keys(DISTINCT_PALETTES) as DistinctPalette[])];

const shortName = (result: DistinctnessResult) =>
  result.pair.map((name) => colorProperty(name).replace('--fp-color-', '')).join(' / ');

function Difference({ result }: { result: DistinctnessResult }) {
  return (
    <>
      <strong>{result.minimum.toFixed(1)}</strong>
      {result.minimum < MIN_DELTA_E ? ' (below the minimum)' : ''}
    </>
  );
}

/**
 * For every preset and palette, the closest two colours under any vision, computed when the page renders from
 * the presets (src/theme/presets) with the checks test/theme/colorVision.test.ts runs.
 */
export function ColorVisionSummary() {
  return (
    <table className="fp-docs-table">
      <caption>
        Smallest colour difference (ΔE2000) between two colours of a palette, under any of normal vision, protanopia,
        deuteranopia and tritanopia (needs ≥ {MIN_DELTA_E}); <code>auto</code> is the light and dark presets
      </caption>
      <thead>
        <tr>
          <th scope="col">preset</th>
          {PALETTES.map((palette) => (
            <th scope="col" key={palette}>
              {palette}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {MEASURED.map(({ name, results }) => (
          <tr key={name}>
            <th scope="row">
              {PRESET_DESCRIPTIONS[name].title} (<code>{name}</code>)
            </th>
            {PALETTES.map((palette) => {
              const closest = results
                .filter((result) => result.palette === palette)
                .reduce((low, result) => (result.minimum < low.minimum ? result : low));
              return (
                <td key={palette}>
                  <Difference result={closest} /> {closest.vision}, <code>{shortName(closest)}</code>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every palette under every vision, in every preset. */
export function ColorVisionDetails() {
  return (
    <table className="fp-docs-table">
      <caption>Smallest ΔE2000 per palette and vision, in each preset</caption>
      <thead>
        <tr>
          <th scope="col">palette</th>
          <th scope="col">vision</th>
          {PRESETS.map((name) => (
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
                const result = results.find((r) => r.palette === palette && r.vision === vision);
                return <td key={name}>{result ? <Difference result={result} /> : '–'}</td>;
              })}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
