import { formatIssue } from '../schema/index';
import { EXIT } from './CliError';
import type { CliIo } from './CliIo';
import { importFile, plural } from './importFile';
import { parseCommandArgs, singleFile } from './parseCommandArgs';
import { displayName, writeOutput } from './files';

export const convertUsage = `Usage: flashpoint convert <file> --from csv|timelinejs|acled [--out <file>] [--title <text>] [--time-zone <zone>]

Converts a spreadsheet (CSV template), TimelineJS or ACLED file to a Flashpoint dataset and prints
it as JSON, or writes it to --out. Every valid event is kept; problems are printed on stderr as
warnings ("warning: path: message").

Without --from the format is detected as "flashpoint validate --help" describes (json reads a
Flashpoint dataset and writes it back with its defaults filled in).

Options:
  --from <format>     csv, timelinejs, acled (or json): read the file as this format
  -o, --out <file>    Write the dataset to this file instead of standard output
  --title <text>      Title of the dataset (default: from the file)
  --time-zone <zone>  IANA zone for dates without a UTC offset (default UTC)
  -h, --help          Show this help

Exit status: 0 converted, 1 no event could be converted, 2 wrong arguments or unreadable file.
`;

export async function convert(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('convert', args, {
    from: { type: 'string' },
    out: { type: 'string', short: 'o' },
    title: { type: 'string' },
    'time-zone': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(convertUsage);
    return EXIT.ok;
  }
  const path = singleFile('convert', positionals);
  const { dataset, issues } = await importFile('convert', path, values);
  for (const issue of issues) io.err(`warning: ${formatIssue(issue)}\n`);
  if (dataset.events.length === 0) {
    io.err(`flashpoint convert: no event could be converted from ${displayName(path)}; nothing was written\n`);
    return EXIT.dataProblems;
  }
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (values.out === undefined) {
    io.out(json);
  } else {
    writeOutput(values.out, json);
    io.out(`Wrote ${plural(dataset.events.length, 'event')} to ${values.out}\n`);
  }
  return EXIT.ok;
}
