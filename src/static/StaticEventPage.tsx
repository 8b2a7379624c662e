import type { Dataset, DatasetIssue } from '../schema/index';
import type { Theme } from '../theme/themeTypes';
import { Credits } from '../react/components/Credits';
import { DatasetIssues } from '../react/components/DatasetIssues';
import { EventList } from '../react/components/EventList';
import { Heading } from '../react/components/Heading';
import { ThemeScope } from '../react/components/ThemeScope';

export interface StaticEventPageProps {
  dataset: Dataset;
  issues: readonly DatasetIssue[];
  theme: Theme;
  themeAttribute: string | undefined;
  /** The language tag (a valid one: see staticLocale). */
  lang: string;
  dir: 'ltr' | 'rtl';
  calendar: string | undefined;
  numberingSystem: string | undefined;
  timeZone: string | undefined;
  /** Level of the title; events and the issues one below. */
  headingLevel: number;
  idPrefix: string;
}

/**
 * The timeline for readers without JavaScript: its title and description, every event in time order (the
 * EventList, not paged), the credits, and what lenient parsing left out. Pure markup; nested roots inherit
 * the theme from this one.
 */
export function StaticEventPage(props: StaticEventPageProps) {
  const { dataset, issues, theme, themeAttribute, lang, dir, headingLevel, idPrefix } = props;
  const localeProps = {
    locale: lang,
    calendar: props.calendar,
    numberingSystem: props.numberingSystem,
    dir,
  };
  return (
    <ThemeScope theme={theme}>
      <article
        className="fp-root fp-static-page"
        data-fp="static-list"
        lang={lang}
        dir={dir}
        data-fp-theme={themeAttribute}
        aria-labelledby={`${idPrefix}-title`}
      >
        <Heading level={headingLevel} id={`${idPrefix}-title`} className="fp-static-page__title">
          <bdi>{dataset.title}</bdi>
        </Heading>
        {dataset.description && (
          <p className="fp-static-page__description">
            <bdi>{dataset.description}</bdi>
          </p>
        )}
        <EventList
          dataset={dataset}
          {...localeProps}
          timeZone={props.timeZone}
          headingLevel={headingLevel + 1}
          idPrefix={`${idPrefix}-list`}
        />
        <Credits dataset={dataset} {...localeProps} timeZone={props.timeZone} />
        {issues.length > 0 && <DatasetIssues issues={issues} {...localeProps} headingLevel={headingLevel + 1} />}
      </article>
    </ThemeScope>
  );
}
