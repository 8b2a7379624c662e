import { CliError, EXIT } from './CliError';
import type { CliIo } from './CliIo';
import { COMMANDS } from './commands';
import { VERSION } from './version';

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.synopsis.length)) + 2;
  const rows = COMMANDS.map((command) => `  ${command.synopsis.padEnd(width)}${command.summary}`);
  return `flashpoint ${VERSION}: check, convert and draw data for Flashpoint escalation timelines

Usage: flashpoint <command> [options]

Commands:
${rows.join('\n')}

Options:
  -h, --help     Show this help; "flashpoint <command> --help" shows a command's options
  -v, --version  Print the version

Exit status: 0 success, 1 problems in the data, 2 wrong arguments or unreadable file.
`;
}

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(mainUsage());
    return EXIT.usage;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.out(mainUsage());
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
    throw new CliError(`flashpoint: ${what}. Run "flashpoint --help" for the list of commands.`);
  }
  if (!command.run) {
    throw new CliError(
      `flashpoint ${command.name} is not available yet: it comes with the static output (flashpoint/static).`,
    );
  }
  return command.run(rest, io);
}

/**
 * Runs `flashpoint <argv>` and returns the exit status. Mistakes the user can fix print one line; only
 * a bug in flashpoint prints more (its stack only with FLASHPOINT_DEBUG=1).
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    const detail = process.env.FLASHPOINT_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : '';
    io.err(`flashpoint: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    io.err('This is a bug in flashpoint; run again with FLASHPOINT_DEBUG=1 for details, and please report it.\n');
    return EXIT.internal;
  }
}
