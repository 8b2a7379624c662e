import type { Source } from '../../schema/index';
import type { EventListContext } from './eventListContext';
import { Heading } from './Heading';
import { JoinedList } from './JoinedList';
import { formatDateValue } from '../../i18n/index';
import { numberFormat } from '../../i18n/intl';
import { list, text } from './safeData';
import { SourceLink } from './SourceLink';

export interface SourceLinksProps {
  /** Source ids, looked up in the dataset's sources; unknown ids are skipped. */
  ids: readonly string[] | undefined;
  context: EventListContext;
  timeZone: string;
  /** "section": a headed list of full sources; "inline": "Sources: A, B" after a report or claim. */
  variant?: 'section' | 'inline';
}

/**
 * Two inline links both named "Reuters" would be ambiguous: such links get their date, or a number
 * when the dates do not tell them apart either.
 */
function distinguishOutlets(sources: Source[], context: EventListContext, timeZone: string): Array<string | undefined> {
  const outlet = (source: Source) => text(source.outlet) || source.id;
  const date = (source: Source) =>
    typeof source.date === 'string'
      ? formatDateValue(source.date, { locale: context.locale, timeZone, messages: context.messages, precision: 'day' })
      : '';
  return sources.map((source) => {
    const same = sources.filter((other) => outlet(other) === outlet(source));
    if (same.length < 2) return undefined;
    const mine = date(source);
    if (mine && same.filter((other) => date(other) === mine).length === 1) return mine;
    return numberFormat(context.locale).format(same.indexOf(source) + 1);
  });
}

/** The sources of an event, a casualty report or a claim. */
export function SourceLinks({ ids, context, timeZone, variant = 'section' }: SourceLinksProps) {
  const sources = [...new Set(list(ids))]
    .map((id) => context.sources.get(id))
    .filter((source): source is Source => source !== undefined);
  if (sources.length === 0) return null;
  if (variant === 'inline') {
    const qualifiers = distinguishOutlets(sources, context, timeZone);
    return (
      <span className="fp-sources-inline">
        <span className="fp-label">{context.messages.sourcesInline}</span>{' '}
        <JoinedList
          type="unit"
          locale={context.locale}
          items={sources.map((source, i) => (
            <SourceLink
              key={source.id}
              source={source}
              context={context}
              timeZone={timeZone}
              variant="outlet"
              qualifier={qualifiers[i]}
            />
          ))}
        />
      </span>
    );
  }
  return (
    <>
      <Heading level={context.headingLevel + 1} className="fp-event__section-heading">
        {context.messages.sourcesHeading}
      </Heading>
      <ul className="fp-sources__list">
        {sources.map((source) => (
          <li key={source.id} className="fp-sources__item">
            <SourceLink source={source} context={context} timeZone={timeZone} />
          </li>
        ))}
      </ul>
    </>
  );
}
