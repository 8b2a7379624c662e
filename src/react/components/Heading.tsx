import type { ReactNode } from 'react';
import { clampLevel } from './safeData';

export interface HeadingProps {
  /** 1–6; out-of-range values are clamped. */
  level: number;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** An `<h1>`…`<h6>` whose level is a prop, so a list fits the host page's outline. */
export function Heading({ level, id, className, children }: HeadingProps) {
  const Tag = `h${clampLevel(level)}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
