import { measureContrast, type ContrastResult } from '../../src/theme/contrastChecks';
import { themes, tokenName, type BuiltInThemeName } from '../../src/theme/tokens';

const THEME_NAMES = Object.keys(themes) as BuiltInThemeName[];
const MEASURED = THEME_NAMES.map((name) => ({ name, results: measureContrast(themes[name]) }));

const ratio = (value: number) => `${value.toFixed(2)}:1`;
const pair = (result: ContrastResult) => `${tokenName(result.foreground)} on ${tokenName(result.background)}`;

/** The pair with the lowest ratio among those of one use. */
function lowest(results: ContrastResult[], use: string): ContrastResult {
  return results
    .filter((result) => result.use === use)
    .reduce((low, result) => (result.ratio < low.ratio ? result : low));
}

/**
 * The contrast of every built-in theme, computed when the page renders from src/theme/tokens.ts with the checks
 * the unit tests run (src/theme/contrastChecks.ts), so the numbers cannot go stale.
 */
export function ContrastSummary() {
  const uses = [...new Set(MEASURED[0]!.results.map((result) => result.use))];
  return (
    <table className="fp-docs-table">
      <caption>Lowest contrast ratio per kind of pair, in each theme (WCAG 2.2 relative luminance)</caption>
      <thead>
        <tr>
          <th scope="col">what</th>
          <th scope="col">needs</th>
          {THEME_NAMES.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {uses.map((use) => (
          <tr key={use}>
            <th scope="row">{use}</th>
            <td>{ratio(lowest(MEASURED[0]!.results, use).minimum)}</td>
            {MEASURED.map(({ name, results }) => {
              const low = lowest(results, use);
              return (
                <td key={name}>
                  <strong>{ratio(low.ratio)}</strong> <code>{pair(low)}</code>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every checked pair in every theme. */
export function ContrastDetails() {
  const rows = MEASURED[0]!.results;
  return (
    <table className="fp-docs-table">
      <caption>Every pair the stylesheet draws one token on another, with its ratio in each theme</caption>
      <thead>
        <tr>
          <th scope="col">foreground</th>
          <th scope="col">background</th>
          <th scope="col">needs</th>
          {THEME_NAMES.map((name) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.foreground}/${row.background}`}>
            <th scope="row">
              <code>{tokenName(row.foreground)}</code>
            </th>
            <td>
              <code>{tokenName(row.background)}</code>
            </td>
            <td>{ratio(row.minimum)}</td>
            {MEASURED.map(({ name, results }) => (
              <td key={name}>{ratio(results[index]!.ratio)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
