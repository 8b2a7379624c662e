import { Fragment, type ReactNode } from 'react';
import { templateParts } from '../../i18n/index';

export interface MessageProps {
  /** A message template with `{name}` placeholders. */
  template: string;
  /** What goes in each placeholder: text or elements (a link, a name in `<bdi>`). */
  values: Record<string, ReactNode>;
}

/** A translated sentence with elements in it, without building HTML from strings. */
export function Message({ template, values }: MessageProps) {
  return (
    <>
      {templateParts(template).map((part, i) => (
        <Fragment key={i}>{'text' in part ? part.text : (values[part.name] ?? `{${part.name}}`)}</Fragment>
      ))}
    </>
  );
}
