import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../schema/dataset';
import type { MessageOverrides } from '../../i18n/messages';
import { formatDateValue } from '../../i18n/formatEventDate';
import { numberFormat, resolveTimeZone } from '../../i18n/intl';
import { DEFAULT_LOCALE, useLocaleSettings } from '../hooks/useLocaleSettings';
import { JoinedList } from './JoinedList';
import { Message } from './Message';
import { text } from './safeData';
import { ThemeScope } from './ThemeScope';
import { GraphicBoundary } from './GraphicBoundary';
import type { GraphicProps } from './graphicErrors';

export interface CreditsProps extends GraphicProps {
  dataset: Dataset;
  /** IANA zone the dates are read in (the Timeline passes its axis's). Default: the dataset's. */
  timeZone?: string;
  /** How many outlets to name before "and N more". Default 6. */
  maxOutlets?: number;
  messages?: MessageOverrides;
  className?: string;
}

/** Outlets in the order the dataset cites them most, for the sources line. */
function outletsByUse(dataset: Dataset): string[] {
  const uses = new Map<string, number>();
  const outletOf = new Map(dataset.sources.map((source) => [source.id, source.outlet]));
  for (const event of dataset.events) {
    for (const id of event.sources) {
      const outlet = outletOf.get(id);
      if (outlet) uses.set(outlet, (uses.get(outlet) ?? 0) + 1);
    }
  }
  return [...uses.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
}

function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.NODE_ENV !== 'production';
}

/** The Credits itself; `Credits` puts it behind its error boundary. */
function CreditsGraphic({
  dataset,
  locale = DEFAULT_LOCALE,
  calendar,
  numberingSystem,
  dir,
  theme,
  timeZone,
  maxOutlets = 6,
  messages: overrides,
  className,
}: CreditsProps) {
  const {
    tag,
    messages,
    rootAttributes,
    theme: themeInForce,
  } = useLocaleSettings({
    locale,
    calendar,
    numberingSystem,
    dir,
    theme,
    messages: overrides,
  });
  const credit = text(dataset.credit);
  useEffect(() => {
    if (!credit && isDevelopment())
      console.warn(`Flashpoint: the dataset "${dataset.title}" has no credit line (set "credit").`);
  }, [credit, dataset.title]);
  const outlets = useMemo(() => outletsByUse(dataset), [dataset]);
  const zone = { locale: tag, timeZone: resolveTimeZone(timeZone, dataset.timeZone), messages };
  const named = outlets.slice(0, maxOutlets).map((outlet) => <bdi key={outlet}>{outlet}</bdi>);
  const more = outlets.length - Math.min(outlets.length, maxOutlets);
  return (
    <ThemeScope theme={themeInForce}>
      <footer {...rootAttributes} className={['fp-credits', className].filter(Boolean).join(' ')} data-fp="credits">
        {dataset.updated && (
          <p className="fp-credits__updated">
            {messages.updatedLabel}{' '}
            <time dateTime={dataset.updated}>{formatDateValue(dataset.updated, { ...zone, precision: 'day' })}</time>
          </p>
        )}
        {dataset.corrections.length > 0 && (
          <ul className="fp-credits__corrections">
            {dataset.corrections.map((correction, i) => (
              <li key={i}>
                <Message
                  template={messages.correction}
                  values={{
                    date: formatDateValue(correction.date, { ...zone, precision: 'day' }),
                    text: <bdi>{correction.text}</bdi>,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
        {credit && (
          <p className="fp-credits__credit">
            <bdi>{credit}</bdi>
          </p>
        )}
        {outlets.length > 0 && (
          <p className="fp-credits__sources">
            <Message
              template={more > 0 ? messages.sourcesLineMore : messages.sourcesLine}
              values={{
                // "unit" lists join with commas only: the template's "and {count} more" supplies the "and".
                outlets: <JoinedList items={named} locale={tag} type={more > 0 ? 'unit' : 'conjunction'} />,
                count: numberFormat(tag).format(more),
              }}
            />
          </p>
        )}
      </footer>
    </ThemeScope>
  );
}

/**
 * The lines that end a news graphic: "Updated …" as a <time>, the corrections log ("Correction, 9 Nov: …"),
 * the credit, and the sources. In development it warns once in the console when the dataset has no credit.
 */
export function Credits(props: CreditsProps) {
  return (
    <GraphicBoundary component="Credits" props={props}>
      <CreditsGraphic {...props} />
    </GraphicBoundary>
  );
}
