import { formatIssue, isTimeZone } from '../schema/index';
import { isThemeName, THEME_NAMES } from '../theme/presets/index';
import { CliError, EXIT } from './CliError';
import type { CliIo } from './CliIo';
import { displayName, writeOutput } from './files';
import { importFile, plural } from './importFile';
import { loadStaticRenderers } from './loadStaticRenderers';
import { parseCommandArgs, singleFile } from './parseCommandArgs';
import { pngSize } from './pngSize';
import { svgToPng } from './svgToPng';

export const renderUsage = `Usage: flashpoint render <file> [--format svg|html|png] [--out <file>] [options]

Draws a timeline file as a standalone picture or page, without a browser (PNG excepted):
  svg   the timeline with its title, note on time zones, key and credit, styles inside
  html  every event as a list, for readers without JavaScript (a whole page, styles inside)
  png   the SVG photographed by Chromium (needs Playwright and Chromium; --out required)

The file is read like "flashpoint validate" reads it (JSON, CSV template, TimelineJS, ACLED); events
that cannot be read are left out and listed on stderr as warnings.

Options:
  --format <format>        svg, html or png (default: from the --out extension, else svg)
  -o, --out <file>         Write to this file instead of standard output
  --size <size>            article (default): --width wide, as tall as needed; social: 1200 × 630
  --width <px>             Width of an article picture, 240 to 4096 (default 720)
  --theme <name>           ${THEME_NAMES.join(', ')} (default light)
  --locale <tag>           Language of the words, dates and numbers, e.g. ar, fa-IR, he (default en-GB)
  --calendar <name>        gregory (default), persian, islamic-umalqura, hebrew…
  --numbering-system <ns>  latn (default), arab, arabext…
  --time-zone <zone>       IANA zone of the axis, and of dates without a UTC offset in CSV, TimelineJS
                           and ACLED files (default: the dataset's, else UTC)
  --axis-direction <dir>   ltr (default): time runs left to right; rtl: right to left
  --from <format>          json, csv, timelinejs or acled: read the file as this format
  -h, --help               Show this help

Exit status: 0 written, 1 no event could be read, 2 wrong arguments, unreadable file or no Chromium.
`;

const FORMATS = ['svg', 'html', 'png'] as const;
type OutputFormat = (typeof FORMATS)[number];

function usageError(text: string): CliError {
  return new CliError(`flashpoint render: ${text}`);
}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(`--${option} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

/** The format asked for, else the one the output file's extension names, else SVG. */
function outputFormat(format: string | undefined, out: string | undefined): OutputFormat {
  const asked = oneOf('format', format, FORMATS);
  if (asked) return asked;
  const extension = out && /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  return (FORMATS as readonly string[]).includes(extension ?? '') ? (extension as OutputFormat) : 'svg';
}

function parseWidth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const width = Number(value);
  if (!/^\d+$/.test(value) || width < 240 || width > 4096) {
    throw usageError(`--width must be a whole number of pixels from 240 to 4096 (got ${JSON.stringify(value)})`);
  }
  return width;
}

function parseLocale(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    throw usageError(
      `--locale must be a BCP 47 language tag such as en-GB, ar or fa-IR (got ${JSON.stringify(value)})`,
    );
  }
}

export async function render(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('render', args, {
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    size: { type: 'string' },
    width: { type: 'string' },
    theme: { type: 'string' },
    locale: { type: 'string' },
    calendar: { type: 'string' },
    'numbering-system': { type: 'string' },
    'time-zone': { type: 'string' },
    'axis-direction': { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(renderUsage);
    return EXIT.ok;
  }
  const format = outputFormat(values.format, values.out);
  const size = oneOf('size', values.size, ['article', 'social'] as const);
  const width = parseWidth(values.width);
  if (format === 'html' && (size !== undefined || width !== undefined)) {
    throw usageError('--size and --width apply to svg and png; the html list takes the width of the page');
  }
  if (size === 'social' && width !== undefined)
    throw usageError('--width applies to --size article; social is 1200 × 630');
  if (values.theme !== undefined && !isThemeName(values.theme)) {
    throw usageError(`--theme must be one of ${THEME_NAMES.join(', ')} (got ${JSON.stringify(values.theme)})`);
  }
  const locale = parseLocale(values.locale);
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw usageError(`"${timeZone}" is not an IANA time zone (e.g. Asia/Baghdad, UTC)`);
  }
  const axisDirection = oneOf('axis-direction', values['axis-direction'], ['ltr', 'rtl'] as const);
  if (format === 'png' && values.out === undefined) {
    throw usageError('--format png writes a binary file: give it with --out <file.png>');
  }

  const path = singleFile('render', positionals);
  const { dataset, issues } = await importFile('render', path, values);
  for (const issue of issues) io.err(`warning: ${formatIssue(issue)}\n`);
  if (dataset.events.length === 0) {
    io.err(`flashpoint render: no event could be read from ${displayName(path)}; nothing was written\n`);
    return EXIT.dataProblems;
  }
  const { renderStaticHtml, renderStaticSvg } = await loadStaticRenderers();
  const common = {
    ...(values.theme !== undefined && { theme: values.theme }),
    ...(locale !== undefined && { locale }),
    ...(values.calendar !== undefined && { calendar: values.calendar }),
    ...(values['numbering-system'] !== undefined && { numberingSystem: values['numbering-system'] }),
    ...(timeZone !== undefined && { timeZone }),
  };
  if (format === 'html') {
    return emit(renderStaticHtml(dataset, { ...common, issues }), values.out, dataset.events.length, io);
  }
  const svg = renderStaticSvg(dataset, {
    ...common,
    ...(size !== undefined && { size }),
    ...(width !== undefined && { width }),
    ...(axisDirection !== undefined && { axisDirection }),
  });
  if (format === 'svg') return emit(svg, values.out, dataset.events.length, io);

  const [, svgWidth, svgHeight] = /<svg[^>]*?\swidth="(\d+)"[^>]*?\sheight="(\d+)"/.exec(svg) ?? [];
  const png = await svgToPng(svg, { width: Number(svgWidth), height: Number(svgHeight) });
  const dimensions = pngSize(png);
  writeOutput(values.out!, png);
  io.out(
    `Wrote ${plural(dataset.events.length, 'event')} to ${values.out} (${dimensions?.width} × ${dimensions?.height} px)\n`,
  );
  return EXIT.ok;
}

function emit(text: string, out: string | undefined, events: number, io: CliIo): number {
  if (out === undefined) {
    io.out(text);
  } else {
    writeOutput(out, text);
    io.out(`Wrote ${plural(events, 'event')} to ${out}\n`);
  }
  return EXIT.ok;
}
