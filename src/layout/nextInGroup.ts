/**
 * The event a click on a point selects: the one after the selected event among the point's events (time
 * order, wrapping round), or the first when the selected event is not one of them. Undefined for none.
 */
export function nextInGroup(pool: readonly string[], selectedId: string | null | undefined): string | undefined {
  if (pool.length === 0) return undefined;
  const at = selectedId == null ? -1 : pool.indexOf(selectedId);
  return pool[(at + 1) % pool.length];
}
