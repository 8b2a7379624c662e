import { isTimeZone, type Dataset, type DatasetIssue } from '../schema/index';
import { CliError } from './CliError';
import { detectFormat, importDataset, parseFormat, type Format } from './formats';
import { readInput } from './files';

export interface ImportArgs {
  from?: string | undefined;
  'time-zone'?: string | undefined;
  title?: string | undefined;
}

/** Reads a file named on the command line and imports it in the given or detected format. */
export async function importFile(
  command: string,
  path: string,
  args: ImportArgs,
): Promise<{ format: Format; dataset: Dataset; issues: DatasetIssue[] }> {
  const from = parseFormat(command, args.from);
  const timeZone = args['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new CliError(`flashpoint ${command}: "${timeZone}" is not an IANA time zone (e.g. Asia/Baghdad, UTC)`);
  }
  const text = readInput(path);
  const format = from ?? detectFormat(path, text);
  const options = {
    ...(timeZone !== undefined && { timeZone }),
    ...(args.title !== undefined && { title: args.title }),
  };
  return { format, ...(await importDataset(format, text, options)) };
}

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
