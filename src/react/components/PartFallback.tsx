import { useLocaleSettings, type LocaleProps } from '../hooks/useLocaleSettings';

export interface PartFallbackProps extends LocaleProps {
  /** The failed component's name, kept as `data-failed` for hosts' styles and tests. */
  component: string;
}

/** What a failed part of a graphic (its map, chart, filters, legend) leaves in its place: one sentence. */
export function PartFallback({ component, ...localeProps }: PartFallbackProps) {
  const { messages, rootAttributes } = useLocaleSettings(localeProps);
  return (
    <p {...rootAttributes} data-fp="part-failed" data-failed={component} className="fp-part-failed">
      {messages.partFailed}
    </p>
  );
}
