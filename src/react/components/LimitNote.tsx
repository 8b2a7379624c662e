import { interpolate } from '../../i18n/interpolate';
import { numberFormat } from '../../i18n/intl';
import { useLocaleSettings, type LocaleProps } from '../hooks/useLocaleSettings';

export interface LimitNoteProps extends LocaleProps {
  /** How many events the dataset has, and how many the graphic draws. */
  total: number;
  shown: number;
}

/** Said above a graphic handed more events than it promises to draw (docs/limits.md), so nothing is cut silently. */
export function LimitNote({ total, shown, ...localeProps }: LimitNoteProps) {
  const { tag, messages, rootAttributes } = useLocaleSettings(localeProps);
  const format = numberFormat(tag);
  return (
    <p {...rootAttributes} data-fp="limit-note" className="fp-limit-note">
      {interpolate(messages.limitNote, { total: format.format(total), shown: format.format(shown) })}
    </p>
  );
}
