import type { CSSProperties } from 'react';
import { categoryColors } from '../../src/theme/categoryColors';
import { categoryIcon } from '../../src/theme/categoryShapes';
import { COLOR_VISIONS, deltaE2000, simulateColorVision } from '../../src/theme/colorVision';
import { measureContrast } from '../../src/theme/contrastChecks';
import type { Theme } from '../../src/theme/themeTypes';
import { ratioText } from './themeFindings';

const CELL: CSSProperties = { padding: '0.25rem 1rem 0.25rem 0', textAlign: 'start', verticalAlign: 'top' };

interface CategoryRow {
  id: string;
  label: string;
  color: string;
  lowest: { ratio: number; background: string };
  closest: { deltaE: number; other: string; vision: string };
}

/** A category colour's lowest contrast on what marks sit on, and its nearest neighbour under every vision. */
function measureCategory(theme: Theme, id: string, label: string): CategoryRow {
  const colors = categoryColors(theme);
  const color = colors.find(([category]) => category === id)?.[1] ?? theme.colors.categoryOther;
  const lowest = measureContrast(theme)
    .filter((result) => result.foreground === `category:${id}`)
    .reduce((low, result) => (result.ratio < low.ratio ? result : low));
  let closest = { deltaE: Infinity, other: '', vision: '' };
  for (const vision of COLOR_VISIONS) {
    for (const [other, otherColor] of colors) {
      if (other === id) continue;
      const deltaE = deltaE2000(simulateColorVision(color, vision), simulateColorVision(otherColor, vision));
      if (deltaE < closest.deltaE) closest = { deltaE, other, vision };
    }
  }
  return { id, label, color, lowest: { ratio: lowest.ratio, background: lowest.background }, closest };
}

/**
 * The categories a publication adds, measured in the theme they are drawn with: contrast (marks need 3:1,
 * WCAG 1.4.11) and how far each colour stays from the others for colour-blind readers (10 ΔE2000 wanted).
 */
export function CategoryChecksTable({
  theme,
  categories,
}: {
  theme: Theme;
  categories: { id: string; label: string }[];
}) {
  const rows = categories.map(({ id, label }) => measureCategory(theme, id, label));
  return (
    <table className="fp-category-checks" style={{ borderCollapse: 'collapse', marginBlockStart: '1rem' }}>
      <caption style={{ textAlign: 'start', fontWeight: 600 }}>
        The publication&apos;s categories, measured in its theme
      </caption>
      <thead>
        <tr>
          <th scope="col" style={CELL}>
            category
          </th>
          <th scope="col" style={CELL}>
            colour and shape
          </th>
          <th scope="col" style={CELL}>
            lowest contrast (needs 3:1)
          </th>
          <th scope="col" style={CELL}>
            nearest other category (needs 10 ΔE)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-category={row.id}>
            <th scope="row" style={CELL}>
              {row.label}
            </th>
            <td style={CELL}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" style={{ verticalAlign: 'middle' }}>
                <path d={categoryIcon(theme, row.id)} fill={row.color} fillRule="evenodd" />
              </svg>{' '}
              <code>{row.color}</code>
            </td>
            <td style={CELL}>
              {ratioText(row.lowest.ratio)} on {row.lowest.background}
            </td>
            <td style={CELL}>
              {row.closest.deltaE.toFixed(1)} ΔE from {row.closest.other} ({row.closest.vision})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
