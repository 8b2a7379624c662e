import type { ReactNode } from 'react';
import { clampLevel } from './safeData';

export interface HeadingProps {
  /** 1–6; out-of-range values are clamped. */
  level: number;
  id?: string;
  className?: string;
  /** Language and direction, for a heading that stands outside its component's root (EventList's). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  'data-fp-theme'?: string;
  children: ReactNode;
}

/** An `<h1>`…`<h6>` whose level is a prop, so a list fits the host page's outline. */
export function Heading({ level, children, ...attributes }: HeadingProps) {
  const Tag = `h${clampLevel(level)}` as const;
  return <Tag {...attributes}>{children}</Tag>;
}
