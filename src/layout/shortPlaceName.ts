/**
 * A place name as short as a map label or a list of places needs: up to its first comma or parenthesis.
 * "Erbil Air Base (Erbil International Airport), Kurdistan Region" → "Erbil Air Base"; "Washington, D.C." →
 * "Washington". The whole name when that would leave nothing.
 */
export function shortPlaceName(name: string): string {
  const short = name.split(/,|\s\(/)[0]?.trim();
  return short || name.trim();
}
