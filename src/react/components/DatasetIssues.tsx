import { useId, type ReactNode } from 'react';
import type { DatasetIssue } from '../../schema/index';
import type { MessageOverrides } from '../../i18n/index';
import { DEFAULT_LOCALE, useLocaleSettings, type LocaleProps } from '../hooks/useLocaleSettings';
import { Heading } from './Heading';
import { Message } from './Message';
import { clampLevel, cx, objects, text } from './safeData';
import { ThemeScope } from './ThemeScope';

export interface DatasetIssuesProps extends LocaleProps {
  /** The `issues` from `safeParseDataset` (or `DatasetError.issues`). */
  issues: readonly DatasetIssue[];
  /** Heading text; default "Problems in the data". */
  heading?: ReactNode;
  /** Level of the heading (1–6). Default 2. */
  headingLevel?: number;
  /** Extra class names for the root element, next to `fp-dataset-issues`. */
  className?: string;
  /** Words to replace, by key. */
  messages?: MessageOverrides;
}

/**
 * What lenient parsing left out or changed, as a headed list: where (`events[3].start`) and what to do.
 * For editors' previews and CMS integrations; pure markup like EventList.
 */
export function DatasetIssues({
  issues,
  heading,
  headingLevel = 2,
  className,
  messages: overrides,
  locale = DEFAULT_LOCALE,
  calendar,
  numberingSystem,
  dir,
  theme,
}: DatasetIssuesProps) {
  const {
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
  const headingId = `fp-${useId().replace(/[^A-Za-z0-9_-]/g, '')}-issues`;
  const items = objects(issues);
  return (
    <ThemeScope theme={themeInForce}>
      <div {...rootAttributes} data-fp="dataset-issues" className={cx('fp-dataset-issues', className)}>
        <Heading level={clampLevel(headingLevel, 2)} id={headingId} className="fp-dataset-issues__heading">
          {heading ?? messages.issuesHeading}
        </Heading>
        {items.length === 0 ? (
          <p className="fp-dataset-issues__none">{messages.noIssues}</p>
        ) : (
          <ul className="fp-dataset-issues__list" aria-labelledby={headingId}>
            {items.map((issue, i) => {
              const path = text(issue.path);
              return (
                <li key={i} className="fp-dataset-issues__item">
                  <Message
                    template={path ? messages.issueWhere : messages.issueWhole}
                    values={{
                      // A path is code, read left to right in every language.
                      path: (
                        <code className="fp-dataset-issues__path" dir="ltr">
                          {path}
                        </code>
                      ),
                      message: <bdi>{text(issue.message)}</bdi>,
                    }}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </ThemeScope>
  );
}
