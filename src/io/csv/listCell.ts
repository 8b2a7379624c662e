/**
 * Lists in one cell: items separated by `;`. A `;` inside an item is written `\;` and a backslash before it `\\`;
 * every other backslash is kept as typed. Items are trimmed; empty items keep their position (see `source_urls`).
 */
export function splitList(cell: string | undefined): string[] {
  if (cell === undefined || cell.trim() === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i]!;
    const next = cell[i + 1];
    if (char === '\\' && (next === ';' || next === '\\')) {
      current += next;
      i++;
    } else if (char === ';') {
      items.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current.trim());
  return items;
}

/** The items that are not empty. */
export function splitNonEmpty(cell: string | undefined): string[] {
  return splitList(cell).filter((item) => item !== '');
}

function escapeItem(item: string): string {
  return item.replace(/\\(?=[\\;]|$)/g, '\\\\').replace(/;/g, '\\;');
}

/** The cell for a list: `a; b; c`, with `;` and `\` inside items escaped so `splitList` gives the items back. */
export function joinList(items: readonly string[]): string {
  return items.map(escapeItem).join('; ');
}
