import type { Source } from '../../schema/index';
import { splitList } from './actors';
import { createIdAllocator } from './slug';

/** ACLED's source scales that describe news media; "New media", "Local partner" and "Other" do not. */
const NEWS_SCALES = new Set(['national', 'subnational', 'regional', 'international']);

/** 'news' when every part of the row's source scale ("National-International") is a news scale. */
export function sourceKind(sourceScale: string): 'news' | 'other' {
  const parts = sourceScale
    .split('-')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  return parts.length > 0 && parts.every((part) => NEWS_SCALES.has(part)) ? 'news' : 'other';
}

/**
 * The outlets ACLED names in its `source` cell ("Outlet A; Outlet B"), one Source record per distinct
 * outlet across the file. ACLED gives no URL, title or date for them; the kind comes from the first row
 * that names the outlet.
 */
export function createSourceRegistry() {
  const allocate = createIdAllocator('source');
  const sources: Source[] = [];
  const firstSeen: number[] = [];
  return {
    sources,
    firstSeen,
    add(cell: string, sourceScale: string, rowNumber: number): string[] {
      return splitList(cell).map((outlet) => {
        const { id, isNew } = allocate(outlet);
        if (isNew) {
          sources.push({ id, outlet, kind: sourceKind(sourceScale), note: 'Named as a source in ACLED coding' });
          firstSeen.push(rowNumber);
        }
        return id;
      });
    },
  };
}
