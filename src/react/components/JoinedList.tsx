import { Fragment, type ReactNode } from 'react';
import { listFormat } from '../../i18n/index';

export interface JoinedListProps {
  items: ReactNode[];
  locale: string;
  /** "A, B and C" (conjunction) or "A, B, C" (unit). */
  type?: 'conjunction' | 'unit';
}

/** Elements joined the way the locale joins a list ("A, B and C"; "A و B" in Arabic). */
export function JoinedList({ items, locale, type = 'conjunction' }: JoinedListProps) {
  if (items.length === 0) return null;
  const parts = listFormat(locale, type).formatToParts(items.map((_, i) => String(i)));
  let next = 0;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{part.type === 'element' ? items[next++] : part.value}</Fragment>
      ))}
    </>
  );
}
