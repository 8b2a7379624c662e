import { RELATION_TYPES, type Relation, type RelationType } from '../../schema/relation';
import { joinList, splitNonEmpty } from './listCell';

const ITEM = /^([^:"]+?)\s*:\s*(\S+)(?:\s+"([\s\S]*)")?$/;

export interface RelatedCell {
  links: Relation[];
  /** One message per link that could not be read; that link is left out. */
  problems: string[];
}

/**
 * `retaliates_for:tower-22-drone-attack; responds_to:iraq-condemns "the ministry's words"`: links separated by `;`,
 * each `type:event-id`, optionally followed by a note in double quotes. Types are read in any case, with spaces or
 * `-` for `_` (`Retaliates for:…`).
 */
export function parseRelatedCell(cell: string | undefined): RelatedCell {
  const out: RelatedCell = { links: [], problems: [] };
  for (const item of splitNonEmpty(cell)) {
    const m = ITEM.exec(item);
    if (!m) {
      out.problems.push(`"${item}" is not a link like retaliates_for:event-id (link left out)`);
      continue;
    }
    const type = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (!(RELATION_TYPES as readonly string[]).includes(type)) {
      out.problems.push(`"${m[1]}" is not a link type (use one of ${RELATION_TYPES.join(', ')}) (link left out)`);
      continue;
    }
    const link: Relation = { type: type as RelationType, id: m[2]! };
    const note = m[3]?.trim();
    if (note) link.note = note;
    out.links.push(link);
  }
  return out;
}

export function writeRelatedCell(links: readonly Relation[]): string {
  return joinList(links.map((link) => `${link.type}:${link.id}${link.note?.trim() ? ` "${link.note.trim()}"` : ''}`));
}
