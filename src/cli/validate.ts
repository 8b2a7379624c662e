import { formatIssue } from '../schema/index';
import { EXIT } from './CliError';
import type { CliIo } from './CliIo';
import { importFile, plural } from './importFile';
import { parseCommandArgs, singleFile } from './parseCommandArgs';
import { displayName } from './files';

export const validateUsage = `Usage: flashpoint validate <file> [--from json|csv|timelinejs|acled] [--time-zone <zone>]

Checks a timeline file. Prints "OK: N events" when there is nothing to fix; otherwise prints every
problem on stderr as "path: message" (events[3].start, or rows[5].event_date for CSV files, where
row 1 is the header) and exits with status 1.

The format comes from the file: .json is a Flashpoint dataset, or a TimelineJS file when its events
have start_date objects; .csv is the Flashpoint spreadsheet template, or an ACLED export when its
header has event_id_cnty. Give - as the file to read standard input.

Options:
  --from <format>     json, csv, timelinejs or acled: read the file as this format
  --time-zone <zone>  IANA zone for dates without a UTC offset in CSV, TimelineJS and ACLED
                      files (default UTC)
  -h, --help          Show this help

Exit status: 0 no problems, 1 problems found, 2 wrong arguments or unreadable file.
`;

export async function validate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    from: { type: 'string' },
    'time-zone': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(validateUsage);
    return EXIT.ok;
  }
  const path = singleFile('validate', positionals);
  const { dataset, issues } = await importFile('validate', path, values);
  if (issues.length === 0) {
    io.out(`OK: ${plural(dataset.events.length, 'event')}\n`);
    return EXIT.ok;
  }
  for (const issue of issues) io.err(`${formatIssue(issue)}\n`);
  io.err(
    `flashpoint validate: ${plural(issues.length, 'problem')} in ${displayName(path)}; ${plural(dataset.events.length, 'event')} would be kept\n`,
  );
  return EXIT.dataProblems;
}
