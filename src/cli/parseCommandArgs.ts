import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './CliError';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs`, strict, with its errors turned into one-line usage errors that point to --help. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    const text =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `unknown option ${option ?? message}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
          ? `option ${option} needs a value`
          : message;
    throw new CliError(`flashpoint ${command}: ${text}. Run "flashpoint ${command} --help" for usage.`);
  }
}

/** The one file argument of a command. */
export function singleFile(command: string, positionals: string[]): string {
  if (positionals.length === 1) return positionals[0]!;
  const problem = positionals.length === 0 ? 'which file? Give one' : `one file at a time (got ${positionals.length})`;
  throw new CliError(`flashpoint ${command}: ${problem}. Run "flashpoint ${command} --help" for usage.`);
}
