import { renderToStaticMarkup } from 'react-dom/server';
import type { Dataset, DatasetIssue } from '../schema/index';
import type { Theme, ThemePair } from '../theme/themeTypes';
import staticPageText from './staticPage.css?inline';
import { checkDataset } from './checkDataset';
import { contentKey } from './contentKey';
import { escapeAttribute, escapeText } from './escapeMarkup';
import { serializeCss } from './parseCss';
import { pruneCss } from './pruneCss';
import { markupFacts, selectorMayMatch } from './selectorMayMatch';
import { staticLocale } from './staticLocale';
import { resolveStaticTheme } from './staticTheme';
import { StaticEventPage } from './StaticEventPage';
import { stylesheetRules } from './stylesheetRules';

export interface StaticHtmlOptions {
  /** A preset's name (the stylesheet carries every preset) or a theme object from `createTheme`. Default light. */
  theme?: string | Theme | ThemePair;
  /** BCP 47 locale of every word, date and number; sets `lang` and `dir`. Default "en-GB". */
  locale?: string;
  /** IANA zone for events whose place names none (an event's own zone always wins). Default: the dataset's. */
  timeZone?: string;
  calendar?: string;
  numberingSystem?: string;
  /** A whole HTML document with the stylesheet inside (default), or only the fragment, without any style. */
  document?: boolean;
  /** Problems found while reading the data (`safeParseDataset(…).issues`): listed after the events. */
  issues?: readonly DatasetIssue[];
}

/**
 * The stylesheet a page needs for `markup`: the rules of styles.css that can match it (with the theme presets its
 * `data-fp-theme` names), a theme object's rules, and the page's own. `</` is escaped, so nothing ends the element.
 */
function pageStylesheet(markup: string, themeCss: string | undefined): string {
  const facts = markupFacts(markup);
  const rules = pruneCss(stylesheetRules(), { keepSelector: (selector) => selectorMayMatch(selector, facts) });
  return [serializeCss(rules), themeCss ?? '', staticPageText].join('\n').replace(/<\//g, '<\\/');
}

/**
 * The timeline for readers without JavaScript, as HTML: the title, every event in time order (EventList, all of
 * them), the credits and, when given, the problems found in the data. A whole document by default (`<meta
 * charset>`, `lang` and `dir` from the locale, the stylesheet inside a `<style>`); `document: false` gives only the
 * fragment, which needs flashpoint/styles.css on the page (and `themeToCss` output for a theme object). Text from
 * the data is escaped; links are http(s) only. The same input gives the same string.
 */
export function renderStaticHtml(dataset: Dataset, options: StaticHtmlOptions = {}): string {
  checkDataset(dataset, 'renderStaticHtml');
  const { theme, attribute, css } = resolveStaticTheme(options.theme, 'renderStaticHtml');
  const { lang, dir } = staticLocale(options);
  const whole = options.document !== false;
  const issues = Array.isArray(options.issues) ? options.issues : [];
  const fragment = renderToStaticMarkup(
    <StaticEventPage
      dataset={dataset}
      issues={issues}
      theme={theme}
      themeAttribute={attribute}
      lang={lang}
      dir={dir}
      calendar={options.calendar}
      numberingSystem={options.numberingSystem}
      timeZone={options.timeZone}
      headingLevel={whole ? 1 : 2}
      idPrefix={`fp-static-${contentKey(dataset, { ...options, document: whole })}`}
    />,
  );
  if (!whole) return fragment;
  const body = `<body class="fp-root fp-static-body"${attribute ? ` data-fp-theme="${escapeAttribute(attribute)}"` : ''}>`;
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(dataset.title)}</title>
<style>
${pageStylesheet(body + fragment, css)}
</style>
</head>
${body}
${fragment}
</body>
</html>
`;
}
