import type { Source } from '../../schema/source';
import type { CellOrigin } from './cellOrigin';
import { shortHash, slug } from './slug';

export type CsvSource = Pick<Source, 'id' | 'outlet' | 'url' | 'title'>;

/**
 * Sources named in cells, with stable ids: the slug of the outlet and a hash of the URL (`reuters-1a2b3c4d`), or of
 * the headline when there is no URL, or the outlet's slug alone when there is neither (a hash of the outlet when it
 * leaves no slug). The same URL in several rows is one source, whatever its outlet is called there: the first row's
 * outlet and headline are kept, and a later headline fills a missing one. Without a URL, the same outlet and
 * headline are one source. Two sources that would get the same id are told apart by `-2`, `-3`… in sheet order.
 */
export class SourceRegistry {
  private readonly byKey = new Map<string, { source: CsvSource; origin: CellOrigin }>();
  private readonly ids = new Set<string>();

  idFor(outlet: string, url: string | undefined, title: string | undefined, origin: CellOrigin): string {
    const key = url !== undefined ? `url:${url}` : `outlet:${outlet}\u0000${title ?? ''}`;
    const known = this.byKey.get(key);
    if (known) {
      if (known.source.title === undefined && title !== undefined) known.source.title = title;
      return known.source.id;
    }
    const name = slug(outlet);
    const fingerprint = url ?? title ?? (name ? undefined : outlet);
    const base = `${name || 'source'}${fingerprint === undefined ? '' : `-${shortHash(fingerprint)}`}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    const source: CsvSource = { id, outlet };
    if (url !== undefined) source.url = url;
    if (title !== undefined) source.title = title;
    this.byKey.set(key, { source, origin });
    return id;
  }

  sources(): CsvSource[] {
    return [...this.byKey.values()].map((entry) => entry.source);
  }

  origins(): CellOrigin[] {
    return [...this.byKey.values()].map((entry) => entry.origin);
  }
}
