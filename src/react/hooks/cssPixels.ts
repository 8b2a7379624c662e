const ABSOLUTE = /^(\d+(?:\.\d+)?|\.\d+)(px|pt)$/;

/**
 * A CSS length in px or pt as pixels (`12px` → 12, `8pt` → 10.67), for layout that must compute with a theme's
 * type size; anything relative to the page (`em`, `rem`, `%`) or unparsable gives `undefined`.
 */
export function cssPixels(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ABSOLUTE.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'pt' ? (n * 4) / 3 : n;
}
